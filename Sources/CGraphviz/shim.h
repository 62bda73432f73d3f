// Const-correct, Swift 6-safe access to the parts of libgvc/libcgraph resgraph uses.
#ifndef RESGRAPH_GRAPHVIZ_SHIM_H
#define RESGRAPH_GRAPHVIZ_SHIM_H

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

static inline int rg_kind_graph(void) { return AGRAPH; }
static inline int rg_kind_node(void) { return AGNODE; }
static inline int rg_kind_edge(void) { return AGEDGE; }

/// A new directed graph (C globals like Agdirected cannot be read from Swift 6 directly).
static inline Agraph_t *rg_open_directed(const char *name) { return agopen((char *)name, Agdirected, NULL); }
/// A subgraph of g named name, or an anonymous one (name NULL), which cgraph numbers in order of making.
static inline Agraph_t *rg_subgraph(Agraph_t *g, const char *name) { return agsubg(g, (char *)name, 1); }
static inline Agnode_t *rg_node(Agraph_t *g, const char *name) { return agnode(g, (char *)name, 1); }
static inline Agedge_t *rg_edge(Agraph_t *g, Agnode_t *tail, Agnode_t *head, const char *name) {
    return agedge(g, tail, head, (char *)name, 1);
}
/// Sets an attribute on a graph, node or edge; the value is stored as a string, never parsed as DOT.
static inline int rg_set(void *object, const char *name, const char *value) {
    return agsafeset(object, (char *)name, (char *)value, (char *)"");
}
/// Declares a default for an attribute of a kind of object.
static inline void rg_default(Agraph_t *g, int kind, const char *name, const char *value) {
    agattr(g, kind, (char *)name, (char *)value);
}
/// Renders to memory; hides that the length is `unsigned int *` in Graphviz 2.x and `size_t *` later.
static inline int rg_render(GVC_t *gvc, Agraph_t *g, const char *format, char **result, size_t *length) {
    unsigned int n = 0;
    int status = gvRenderData(gvc, g, format, result, &n);
    *length = n;
    return status;
}
/// Whether a layout engine plugin is installed.
static inline int rg_has_layout(GVC_t *gvc, const char *engine) {
    int count = 0;
    char **list = gvPluginList(gvc, "layout", &count, NULL);
    int found = 0;
    for (int i = 0; i < count; i++) {
        if (list[i] && strcmp(list[i], engine) == 0) found = 1;
        free(list[i]);
    }
    free(list);
    return found;
}
/// Sets an HTML-like label (Graphviz's `<...>` labels); only for mark-up resgraph writes itself.
static inline int rg_set_html(Agraph_t *root, void *object, const char *name, const char *html) {
    char *value = agstrdup_html(root, (char *)html);
    int status = agsafeset(object, (char *)name, value, (char *)"");
    agstrfree(root, value);
    return status;
}
/// Makes aglasterr() keep messages.
static inline void rg_keep_errors(void) { agseterr(AGMAX); }

#endif
