#ifndef RG_GRAPHVIZ_OVERRIDES_H
#define RG_GRAPHVIZ_OVERRIDES_H

#include <stddef.h>

/// Two functions of Debian's libgraphviz 2.42, defined again to give the same results sooner.
/// Each program that draws exports them (`exportsGraphvizOverrides` in Package.swift, a linker
/// flag); Graphviz's plugins, loaded with `dlopen`, and libgvc itself call them through their
/// PLT, so they bind to the program's definitions first (`GraphvizOverridesTests` and
/// `ExportedSymbolsCLITests` check that they do). In another program using ResGraphRender,
/// `gvprintdouble` is exported all the same (the linker exports a definition that a library it
/// links, libgvc, also has); `delete_fast_node`, which only the dot plugin has, needs the flag,
/// or Graphviz's own runs, slower, with the same drawing. Defined only on Linux
/// x86-64, for the Graphviz 2.4x headers they were read from (Debian bookworm's, which lack the
/// `GRAPHVIZ_VERSION_MAJOR` of later releases); elsewhere Graphviz's own run.
///
/// - `delete_fast_node` (dot): dot keeps the nodes of each rank pass in a doubly linked list and
///   takes out thousands of virtual nodes (the chains an edge spanning many ranks is drawn along)
///   when `concentrate` merges edges into trunks. Debian's build keeps assertions on, and its
///   removal first asserts that the node is in the list by walking the list from its head:
///   quadratic, a third of the layout of a wrapped timeline of 300 much-cited nodes. The
///   definition here unlinks the node the same way, without the walk.
/// - `gvprintdouble` (every renderer): writes each coordinate of an SVG's paths and polygons with
///   `snprintf("%.02f")`, whose exact decimal conversion is most of the time of writing a large
///   SVG. The definition here writes the same characters with integer arithmetic.

/// 1 where this library defines the two functions (Linux x86-64, Graphviz 2.4x headers), else 0.
int rg_graphviz_overrides_are_defined(void);

/// How many nodes dot has taken out of its lists through this library's definition since the
/// process began: 0 where Graphviz's own definition runs.
unsigned long rg_dot_fast_node_removals(void);

/// How many numbers Graphviz has written through this library's `gvprintdouble` since the
/// process began: 0 where Graphviz's own definition runs.
unsigned long rg_graphviz_numbers_written(void);

/// Writes `number` into `text` (room for 50 bytes) as Graphviz 2.42's `gvprintdouble` does:
/// `%.02f`, then trailing zeros and a bare point trimmed ("12.5", "-3", "0.07"), a number within
/// 1e-8 of zero as "0". Returns the length written, without the terminating NUL.
size_t rg_graphviz_format_number(double number, char *text);

#endif
