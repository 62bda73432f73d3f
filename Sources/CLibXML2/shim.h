// libxml2 (MIT), as Debian's libxml2-dev installs it: the push parser and its SAX2 interface,
// which the Word reader drives directly. Foundation's XMLParser is built on the same library
// (the binary linked it already), but makes strings and a dictionary for every element.
#ifndef RESGRAPH_CLIBXML2_SHIM_H
#define RESGRAPH_CLIBXML2_SHIM_H

#include <libxml/parser.h>

#endif
