#ifndef WINNOW_CZLIB_SHIM_H
#define WINNOW_CZLIB_SHIM_H
// zlib, for reading the gzip-compressed pages of the ScrapingHub benchmark (`winnow import aeb`).
#include <zlib.h>
#endif
