#include "CGraphvizOverrides.h"
#include "GraphvizOverridden.h"

int rg_graphviz_overrides_are_defined(void) {
#if defined(RG_GRAPHVIZ_OVERRIDDEN)
    return 1;
#else
    return 0;
#endif
}
