#include "CGraphvizOverrides.h"
#include "GraphvizOverridden.h"
#include <stdatomic.h>

static atomic_ulong removals;

#if defined(RG_GRAPHVIZ_OVERRIDDEN)
#include <graphviz/types.h>

// The unlinking of Graphviz's lib/dotgen/fastgr.c, without its `assert(find_fast_node(g, n))`.
void delete_fast_node(graph_t *g, node_t *n) {
    atomic_fetch_add_explicit(&removals, 1, memory_order_relaxed);
    if (ND_next(n)) ND_prev(ND_next(n)) = ND_prev(n);
    if (ND_prev(n)) ND_next(ND_prev(n)) = ND_next(n);
    else GD_nlist(g) = ND_next(n);
}
#endif

unsigned long rg_dot_fast_node_removals(void) { return atomic_load_explicit(&removals, memory_order_relaxed); }
