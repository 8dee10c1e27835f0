#include "text_kernels.h"

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>

// Four scalars from twelve bytes per step: lead bytes (1110xxxx) at 0, 3, 6 and 9, continuation
// bytes (10xxxxxx) at the others; the last four bytes of the sixteen loaded are not looked at.
__attribute__((target("ssse3")))
static size_t decode_run_ssse3(const uint8_t *bytes, size_t count, uint32_t *out, size_t capacity) {
    const __m128i mask = _mm_setr_epi8((char)0xF0, (char)0xC0, (char)0xC0, (char)0xF0, (char)0xC0, (char)0xC0,
                                       (char)0xF0, (char)0xC0, (char)0xC0, (char)0xF0, (char)0xC0, (char)0xC0,
                                       0, 0, 0, 0);
    const __m128i pattern = _mm_setr_epi8((char)0xE0, (char)0x80, (char)0x80, (char)0xE0, (char)0x80, (char)0x80,
                                          (char)0xE0, (char)0x80, (char)0x80, (char)0xE0, (char)0x80, (char)0x80,
                                          0, 0, 0, 0);
    // Each sequence into a 32-bit lane: its last byte lowest, its lead in the third byte.
    const __m128i spread = _mm_setr_epi8(2, 1, 0, -1, 5, 4, 3, -1, 8, 7, 6, -1, 11, 10, 9, -1);
    const __m128i low6 = _mm_set1_epi32(0x3F);
    const __m128i middle6 = _mm_set1_epi32(0xFC0);
    const __m128i high4 = _mm_set1_epi32(0xF000);
    const __m128i surrogateMask = _mm_set1_epi32(0xF800);
    const __m128i surrogate = _mm_set1_epi32(0xD800);
    size_t read = 0;
    size_t written = 0;
    while (read + 16 <= count && written + 4 <= capacity) {
        __m128i block = _mm_loadu_si128((const __m128i *)(bytes + read));
        if (_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(block, mask), pattern)) != 0xFFFF) break;
        __m128i lanes = _mm_shuffle_epi8(block, spread);
        __m128i values = _mm_or_si128(_mm_or_si128(_mm_and_si128(lanes, low6),
                                                   _mm_and_si128(_mm_srli_epi32(lanes, 2), middle6)),
                                      _mm_and_si128(_mm_srli_epi32(lanes, 4), high4));
        // U+D800 to U+DFFF are not scalars: left to the caller, which replaces them.
        if (_mm_movemask_epi8(_mm_cmpeq_epi32(_mm_and_si128(values, surrogateMask), surrogate)) != 0) break;
        _mm_storeu_si128((__m128i *)(out + written), values);
        read += 12;
        written += 4;
    }
    return read;
}

size_t wb_decode_three_byte_run(const uint8_t *bytes, size_t count, void *scalars, size_t capacity) {
    // A read of the processor model the runtime filled in at start-up.
    if (!__builtin_cpu_supports("ssse3")) return 0;
    return decode_run_ssse3(bytes, count, (uint32_t *)scalars, capacity);
}

size_t wb_first_of_five(const void *scalars, size_t count, const uint32_t values[5]) {
    const uint32_t *s = (const uint32_t *)scalars;
    __m128i wanted[5];
    for (int k = 0; k < 5; k++) wanted[k] = _mm_set1_epi32((int)values[k]);
    size_t index = 0;
    for (; index + 4 <= count; index += 4) {
        __m128i block = _mm_loadu_si128((const __m128i *)(s + index));
        __m128i found = _mm_cmpeq_epi32(block, wanted[0]);
        for (int k = 1; k < 5; k++) found = _mm_or_si128(found, _mm_cmpeq_epi32(block, wanted[k]));
        int mask = _mm_movemask_epi8(found);
        if (mask != 0) return index + (size_t)(__builtin_ctz((unsigned)mask) / 4);
    }
    for (; index < count; index++) {
        for (int k = 0; k < 5; k++) if (s[index] == values[k]) return index;
    }
    return count;
}

size_t wb_utf8_length(const void *scalars, size_t count) {
    const uint32_t *s = (const uint32_t *)scalars;
    // Signed comparisons: every scalar is below 2^31.
    const __m128i above7F = _mm_set1_epi32(0x7F);
    const __m128i above7FF = _mm_set1_epi32(0x7FF);
    const __m128i aboveFFFF = _mm_set1_epi32(0xFFFF);
    // Each comparison is -1 in a lane where it holds: subtracting adds one byte.
    size_t total = count;
    size_t index = 0;
    // In blocks that cannot overflow a lane (2^29 steps of at most 3).
    while (index + 4 <= count) {
        size_t blockEnd = count - index > ((size_t)1 << 30) ? index + ((size_t)1 << 30) : count;
        __m128i block = _mm_setzero_si128();
        for (; index + 4 <= blockEnd; index += 4) {
            __m128i values = _mm_loadu_si128((const __m128i *)(s + index));
            block = _mm_sub_epi32(block, _mm_cmpgt_epi32(values, above7F));
            block = _mm_sub_epi32(block, _mm_cmpgt_epi32(values, above7FF));
            block = _mm_sub_epi32(block, _mm_cmpgt_epi32(values, aboveFFFF));
        }
        uint32_t lanes[4];
        _mm_storeu_si128((__m128i *)lanes, block);
        total += (size_t)lanes[0] + lanes[1] + lanes[2] + lanes[3];
    }
    for (; index < count; index++) {
        uint32_t value = s[index];
        total += (value > 0x7F) + (value > 0x7FF) + (value > 0xFFFF);
    }
    return total;
}

#else

size_t wb_utf8_length(const void *scalars, size_t count) {
    const uint32_t *s = (const uint32_t *)scalars;
    size_t total = count;
    for (size_t index = 0; index < count; index++) {
        uint32_t value = s[index];
        total += (value > 0x7F) + (value > 0x7FF) + (value > 0xFFFF);
    }
    return total;
}

size_t wb_first_of_five(const void *scalars, size_t count, const uint32_t values[5]) {
    const uint32_t *s = (const uint32_t *)scalars;
    for (size_t index = 0; index < count; index++) {
        for (int k = 0; k < 5; k++) if (s[index] == values[k]) return index;
    }
    return count;
}

size_t wb_decode_three_byte_run(const uint8_t *bytes, size_t count, void *scalars, size_t capacity) {
    (void)bytes;
    (void)count;
    (void)scalars;
    (void)capacity;
    return 0;
}

#endif
