#ifndef RG_GRAPHVIZ_OVERRIDDEN_H
#define RG_GRAPHVIZ_OVERRIDDEN_H

// Defined when the functions of this target replace Graphviz's: on Linux x86-64 (an exact long
// double product, a plugin calling through its PLT), with the Graphviz 2.4x headers they were
// read from (later releases define GRAPHVIZ_VERSION_MAJOR).
#if defined(__linux__) && defined(__x86_64__)
#include <graphviz/graphviz_version.h>
#if !defined(GRAPHVIZ_VERSION_MAJOR)
#define RG_GRAPHVIZ_OVERRIDDEN 1
#endif
#endif

#endif
