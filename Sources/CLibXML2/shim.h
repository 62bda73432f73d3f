// libxml2 (MIT), as Debian's libxml2-dev installs it: the push parser and its SAX2 interface,
// which the Word reader drives directly, and the HTML parser the web page reader walks the tree
// of. Foundation's XMLParser is built on the same library (the binary linked it already), but
// makes strings and a dictionary for every element.
#ifndef RESGRAPH_CLIBXML2_SHIM_H
#define RESGRAPH_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU, and its encoding.h then includes the system's ICU headers,
// whose types clash with those of Foundation's own ICU in a module that imports both. The reader
// never touches the one struct ICU changes (a character encoding handler, reached only by
// pointer), so the headers are read as if ICU were off.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>

#endif
