#ifndef RG_TEXT_WINDOW_H
#define RG_TEXT_WINDOW_H

#include <stdint.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/// Which of the sixteen bytes at `p` are ASCII letters (A-Z, a-z): bit k set for the byte at p[k].
static inline uint32_t rg_letters16(const uint8_t *p) {
#if defined(__SSE2__)
    __m128i bytes = _mm_loadu_si128((const __m128i *)p);
    // A letter lower-cased lies in 0x61-0x7A; moved by 0x1F it lies in 0x80-0x99, the smallest
    // signed bytes, and no other byte does (those at or past 0x80 are 0xA0 or more when
    // lower-cased, and move to 0xBF-0xFF or past 0xFF to 0x00-0x1F).
    __m128i moved = _mm_add_epi8(_mm_or_si128(bytes, _mm_set1_epi8(0x20)), _mm_set1_epi8(0x1F));
    return (uint32_t)_mm_movemask_epi8(_mm_cmplt_epi8(moved, _mm_set1_epi8((char)0x9A)));
#else
    uint32_t mask = 0;
    for (int k = 0; k < 16; k++) {
        if ((uint8_t)((p[k] | 0x20) - 0x61) < 26) mask |= 1u << k;
    }
    return mask;
#endif
}

/// Which of the sixteen bytes at `p` are ASCII digits or blanks (space, tab, carriage return):
/// bit k set for the byte at p[k]. A date's parser measures a number and the blanks after it
/// from one answer.
static inline uint32_t rg_digits_or_blanks16(const uint8_t *p) {
#if defined(__SSE2__)
    __m128i bytes = _mm_loadu_si128((const __m128i *)p);
    // A digit moved by 0x50 lies in 0x80-0x89, the ten smallest signed bytes; no other byte does.
    __m128i digits = _mm_cmplt_epi8(_mm_add_epi8(bytes, _mm_set1_epi8(0x50)), _mm_set1_epi8((char)0x8A));
    __m128i blanks = _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(0x20)),
                                  _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(0x09)), _mm_cmpeq_epi8(bytes, _mm_set1_epi8(0x0D))));
    return (uint32_t)_mm_movemask_epi8(_mm_or_si128(digits, blanks));
#else
    uint32_t mask = 0;
    for (int k = 0; k < 16; k++) {
        uint8_t b = p[k];
        if ((uint8_t)(b - 0x30) < 10 || b == 0x20 || b == 0x09 || b == 0x0D) mask |= 1u << k;
    }
    return mask;
#endif
}

/// Which of the thirty-two bytes at `p` are ASCII letters (A-Z, a-z): bit k set for the byte
/// at p[k]. The scanner's word loop measures the words among them from one answer. The
/// thirty-two bytes must be readable. Sixteen bytes are compared at once where the processor
/// has SSE2 (every x86-64), one at a time elsewhere.
static inline uint32_t rg_letters(const uint8_t *p) {
    return rg_letters16(p) | (rg_letters16(p + 16) << 16);
}

#endif
