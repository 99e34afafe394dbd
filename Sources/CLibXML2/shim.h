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
#include <libxml/parserInternals.h>
#include <libxml/encoding.h>
#include <string.h>

/// xmlFree is a global function pointer that Swift 6 rejects as not concurrency-safe.
static inline void winnow_xml_free(void *p) { xmlFree(p); }

/// A structured error handler that drops everything: the library never prints.
static inline void winnow_xml_silent(void *ctx, xmlErrorPtr err) { (void)ctx; (void)err; }
static inline void winnow_xml_silence(void) { xmlSetStructuredErrorFunc(NULL, winnow_xml_silent); }

/// One SAX pass of libxml2's HTML parser over a buffer, with no tree: the handler's callbacks
/// get `user` as their context. Mirrors what htmlReadMemory does (options, then the encoding
/// switch) but never builds nodes, so libxml2's tree-only limits (256 levels of nesting, text
/// nodes cut at 10,000,000 bytes) do not apply. Returns -1 when no parser could be made.
static inline int winnow_html_sax_parse(const char *buffer, int size, const char *encoding, int options,
                                        const htmlSAXHandler *handler, void *user) {
    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(buffer, size);
    if (ctxt == NULL) return -1;
    if (ctxt->sax != NULL) memcpy(ctxt->sax, handler, sizeof(htmlSAXHandler));
    ctxt->userData = user;
    htmlCtxtUseOptions(ctxt, options);
    if (encoding != NULL) {
        xmlCharEncodingHandlerPtr hdlr = xmlFindCharEncodingHandler(encoding);
        if (hdlr != NULL) xmlSwitchToEncoding(ctxt, hdlr);
    }
    htmlParseDocument(ctxt);
    if (ctxt->myDoc != NULL) { xmlFreeDoc(ctxt->myDoc); ctxt->myDoc = NULL; }
    htmlFreeParserCtxt(ctxt);
    return 0;
}
#endif
