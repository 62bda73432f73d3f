#include "CGraphvizOverrides.h"
#include "GraphvizOverridden.h"
#include <math.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>

static atomic_ulong written;

size_t rg_graphviz_format_number(double number, char *text) {
    if (number > -1e-8 && number < 1e-8) number = 0;
    if (!(fabs(number) < 1e15)) {
        // Graphviz's buffer is of 50 bytes: a longer number is cut as Graphviz cuts it.
        snprintf(text, 50, "%.02f", number);
    } else {
        // The hundredths, rounded as printf rounds the exact value (to nearest, a tie to even):
        // a double's 53 bits times 100's 7 fit the 64 of x86's long double, so the product is exact.
        unsigned long long hundredths = (unsigned long long)rintl((long double)fabs(number) * 100.0L);
        unsigned long long whole = hundredths / 100, cents = hundredths % 100;
        char digits[24];
        int count = 0;
        do {
            digits[count++] = (char)('0' + whole % 10);
            whole /= 10;
        } while (whole);
        char *end = text;
        if (signbit(number)) *end++ = '-';
        while (count) *end++ = digits[--count];
        *end++ = '.';
        *end++ = (char)('0' + cents / 10);
        *end++ = (char)('0' + cents % 10);
        *end = 0;
    }
    // Graphviz's trimming: trailing zeros after the point, then the point if nothing follows it.
    char *point = strchr(text, '.');
    if (point) {
        char *last = point + strlen(point) - 1;
        while (*last == '0') *last-- = 0;
        if (*last == '.') *last = 0;
    }
    return strlen(text);
}

#if defined(RG_GRAPHVIZ_OVERRIDDEN)
#include <graphviz/types.h>

// libgvc's, exported though its header (gvio.h) is not installed.
size_t gvwrite(GVJ_t *job, const char *s, size_t len);

void gvprintdouble(GVJ_t *job, double num) {
    atomic_fetch_add_explicit(&written, 1, memory_order_relaxed);
    char text[64];
    size_t length = rg_graphviz_format_number(num, text);
    gvwrite(job, text, length);
}
#endif

unsigned long rg_graphviz_numbers_written(void) { return atomic_load_explicit(&written, memory_order_relaxed); }
