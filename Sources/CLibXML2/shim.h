#ifndef WINNOW_CLIBXML2_SHIM_H
#define WINNOW_CLIBXML2_SHIM_H
// xmlversion.h first, then drop ICU: Debian builds libxml2 with ICU and Foundation carries
// its own, so leaving it on makes fresh-clone builds fail on 'UErrorCode' definitions.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/// xmlFree is a global function pointer that Swift 6 rejects as not concurrency-safe.
static inline void winnow_xml_free(void *p) { xmlFree(p); }

/// A structured error handler that drops everything: the library never prints.
static inline void winnow_xml_silent(void *ctx, xmlErrorPtr err) { (void)ctx; (void)err; }
static inline void winnow_xml_silence(void) { xmlSetStructuredErrorFunc(NULL, winnow_xml_silent); }
#endif
