#ifndef RG_DOT_NODE_LIST_H
#define RG_DOT_NODE_LIST_H

/// dot's removal of a node from a graph's list of nodes, made in constant time.
///
/// dot keeps the nodes of each rank pass in a doubly linked list, and takes out thousands of
/// virtual nodes (the chains an edge spanning many ranks is drawn along) when `concentrate`
/// merges edges into trunks. Debian's libgraphviz 2.42 is built with assertions on, and its
/// `delete_fast_node` first asserts that the node is in the list by walking the list from its
/// head: quadratic in the virtual nodes, a third of the layout of a wrapped timeline of 300
/// much-cited nodes (4.6 s of drawing became 3.1 s, the SVG byte for byte the same).
///
/// This target defines `delete_fast_node` with the same unlinking and no walk, and each program
/// that draws exports it (`exportsDotNodeRemoval` in Package.swift, a linker flag): the dot
/// plugin, which Graphviz loads with `dlopen` and which calls the function through its PLT, binds
/// to the program's definition first (`DotNodeListTests` and `ExportedSymbolsCLITests` check that
/// it does). Another program using ResGraphRender gets Graphviz's own removal, slower and the same,
/// unless it passes the same flag. Defined only on Linux, for the Graphviz 2.4x headers this was
/// read from (Debian bookworm's, which lack the `GRAPHVIZ_VERSION_MAJOR` of later releases).

/// How many nodes dot has taken out of its lists through this definition since the process
/// began: 0 where Graphviz's own definition runs.
unsigned long rg_dot_fast_node_removals(void);

#endif
