#ifndef RG_TEXT_WINDOW_H
#define RG_TEXT_WINDOW_H

#include <stdint.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/// The letter and space bits of the sixteen bytes at `p`: bit k of the letters (bits 0-15) is
/// set where p[k] is an ASCII letter (A-Z, a-z), bit k of the spaces (bits 16-31) where it is a
/// space (0x20).
static inline uint32_t rg_letters_and_spaces16(const uint8_t *p) {
#if defined(__SSE2__)
    __m128i bytes = _mm_loadu_si128((const __m128i *)p);
    // A letter lower-cased lies in 0x61-0x7A; moved by 0x1F it lies in 0x80-0x99, the smallest
    // signed bytes, and no other byte does (those at or past 0x80 are 0xA0 or more when
    // lower-cased, and move to 0xBF-0xFF or past 0xFF to 0x00-0x1F).
    __m128i moved = _mm_add_epi8(_mm_or_si128(bytes, _mm_set1_epi8(0x20)), _mm_set1_epi8(0x1F));
    __m128i letters = _mm_cmplt_epi8(moved, _mm_set1_epi8((char)0x9A));
    __m128i spaces = _mm_cmpeq_epi8(bytes, _mm_set1_epi8(0x20));
    return (uint32_t)_mm_movemask_epi8(letters) | ((uint32_t)_mm_movemask_epi8(spaces) << 16);
#else
    uint32_t mask = 0;
    for (int k = 0; k < 16; k++) {
        uint8_t folded = p[k] | 0x20;
        if ((uint8_t)(folded - 0x61) < 26) mask |= 1u << k;
        if (p[k] == 0x20) mask |= 1u << (k + 16);
    }
    return mask;
#endif
}

/// Which of the thirty-two bytes at `p` are ASCII letters (A-Z, a-z: bits 0-31) and which are
/// spaces (0x20: bits 32-63), bit k for the byte at p[k]: the scanner's word loop measures
/// words, and finds the space after each and the letter after that, from one answer. The
/// thirty-two bytes must be readable. Sixteen bytes are compared at once where the processor
/// has SSE2 (every x86-64), one at a time elsewhere.
static inline uint64_t rg_letters_and_spaces(const uint8_t *p) {
    uint64_t first = rg_letters_and_spaces16(p), second = rg_letters_and_spaces16(p + 16);
    return (first & 0xFFFF) | ((second & 0xFFFF) << 16) | ((first >> 16) << 32) | ((second >> 16) << 48);
}

#endif
