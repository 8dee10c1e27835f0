#include "text_kernels.h"

#include <string.h>

// One scalar's UTF-8 at `out`; returns its length.
static inline size_t encode_one(uint32_t value, uint8_t *out) {
    if (value < 0x80) {
        out[0] = (uint8_t)value;
        return 1;
    }
    if (value < 0x800) {
        out[0] = (uint8_t)(0xC0 | value >> 6);
        out[1] = (uint8_t)(0x80 | (value & 0x3F));
        return 2;
    }
    if (value < 0x10000) {
        out[0] = (uint8_t)(0xE0 | value >> 12);
        out[1] = (uint8_t)(0x80 | (value >> 6 & 0x3F));
        out[2] = (uint8_t)(0x80 | (value & 0x3F));
        return 3;
    }
    out[0] = (uint8_t)(0xF0 | value >> 18);
    out[1] = (uint8_t)(0x80 | (value >> 12 & 0x3F));
    out[2] = (uint8_t)(0x80 | (value >> 6 & 0x3F));
    out[3] = (uint8_t)(0x80 | (value & 0x3F));
    return 4;
}

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

// Four three-byte scalars (U+0800 to U+FFFF) a step: each lane's bytes are made in place (lead,
// middle and last), a shuffle packs the four sequences into twelve bytes, and they are stored as
// eight and four (the output has room for no more). Anything else goes through `encode_one`.
__attribute__((target("ssse3")))
static size_t encode_ssse3(const uint32_t *s, size_t count, uint8_t *out) {
    const __m128i below800 = _mm_set1_epi32(0x7FF);
    const __m128i from10000 = _mm_set1_epi32(0x10000);
    const __m128i low6 = _mm_set1_epi32(0x3F);
    const __m128i middle6 = _mm_set1_epi32(0x3F00);
    const __m128i marks = _mm_set1_epi32(0xE08080);
    // Lane bytes: last, middle, lead, 0; into lead, middle, last for each lane in turn.
    const __m128i pack = _mm_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
    size_t written = 0;
    size_t index = 0;
    while (index < count) {
        if (index + 4 <= count) {
            __m128i values = _mm_loadu_si128((const __m128i *)(s + index));
            __m128i three = _mm_and_si128(_mm_cmpgt_epi32(values, below800), _mm_cmpgt_epi32(from10000, values));
            if (_mm_movemask_epi8(three) == 0xFFFF) {
                __m128i lanes = _mm_or_si128(_mm_or_si128(_mm_and_si128(values, low6),
                                                          _mm_and_si128(_mm_slli_epi32(values, 2), middle6)),
                                             _mm_or_si128(_mm_slli_epi32(_mm_srli_epi32(values, 12), 16), marks));
                __m128i packed = _mm_shuffle_epi8(lanes, pack);
                _mm_storel_epi64((__m128i *)(out + written), packed);
                uint32_t rest = (uint32_t)_mm_cvtsi128_si32(_mm_srli_si128(packed, 8));
                memcpy(out + written + 8, &rest, 4);
                written += 12;
                index += 4;
                continue;
            }
        }
        written += encode_one(s[index], out + written);
        index += 1;
    }
    return written;
}

// Strings of figures, subjects and titles: a few to a few dozen scalars, nearly all three bytes
// long. The Swift loop took about 15 instructions a scalar.
size_t wb_utf8_encode(const void *scalars, size_t count, uint8_t *bytes) {
    const uint32_t *s = (const uint32_t *)scalars;
    if (count >= 4 && __builtin_cpu_supports("ssse3")) return encode_ssse3(s, count, bytes);
    size_t written = 0;
    for (size_t index = 0; index < count; index++) written += encode_one(s[index], bytes + written);
    return written;
}

// The positions of the set bits of `mask`, plus `base`, appended at `out[*count]`: a marked
// position costs a few instructions, an unmarked one none (about one scalar in six is marked).
static inline void write_positions(uint64_t mask, size_t base, int32_t *out, size_t *count) {
    size_t written = *count;
    while (mask != 0) {
        out[written++] = (int32_t)(base + (size_t)__builtin_ctzll(mask));
        mask &= mask - 1;
    }
    *count = written;
}

// The marks of one step of `wb_mark_positions`: `block[j]` holds the flags of position `base + j`
// for j from 0 to 16 * `groups` (0 past the end), `beyond` the positions of scalars beyond the
// plane, `inside` the step's own positions. Sixteen positions at a time: a byte's bit k is moved
// to bit 7, which `movemask` collects, by a 16-bit shift left by 7 - k (the bits the shift carries
// in from the lower byte stay below bit 7).
static inline void mark_step(const uint8_t *block, int groups, uint64_t beyond, uint64_t inside, size_t base,
                             int32_t *marked, size_t *marks, int32_t *keywordMarked, size_t *keywordCount) {
    uint64_t scan = 0;
    uint64_t keywords = 0;
    for (int k = 0; k < groups; k++) {
        __m128i current = _mm_loadu_si128((const __m128i *)(block + 16 * k));
        __m128i next = _mm_loadu_si128((const __m128i *)(block + 16 * k + 1));
        uint64_t scanBits = (uint16_t)_mm_movemask_epi8(_mm_slli_epi16(current, 7));
        __m128i keyword = _mm_or_si128(_mm_slli_epi16(current, 6),
                                       _mm_and_si128(_mm_slli_epi16(current, 5), _mm_slli_epi16(next, 4)));
        uint64_t keywordBits = (uint16_t)_mm_movemask_epi8(keyword);
        scan |= scanBits << (16 * k);
        keywords |= keywordBits << (16 * k);
    }
    write_positions((scan | beyond) & inside, base, marked, marks);
    write_positions(keywords & inside, base, keywordMarked, keywordCount);
}

// Sixty-four positions a step (the last step fewer: it reads nothing past the end): their flags
// are read into a small buffer (one table read per scalar, which vectors cannot do without a
// gather) and tested sixteen at a time (`mark_step`). About 8 instructions a scalar, most of
// them the table reads and writing the marked positions (a fifth of the positions are marked for
// keywords, a twelfth for the scanner); the Swift loop this replaced (a branch-free store and
// count per position and mark) took 25.
size_t wb_mark_positions(const void *scalars, size_t count, const uint8_t *flags, int32_t *marked,
                         int32_t *keywordMarked, size_t *keywordCount) {
    const uint32_t *s = (const uint32_t *)scalars;
    *keywordCount = 0;
    if (count == 0) return 0;
    size_t marks = 0;
    // block[j]: the flags of position + j, for j from 0 to 64 (the last is the next step's
    // first); room for whole vectors after it.
    uint8_t block[96];
    block[0] = flags[s[0] & 0xFFFF];
    const __m128i plane = _mm_set1_epi32(0xFFFF);
    size_t position = 0;
    // While the next step's first scalar is there to read.
    for (; count - position > 64; position += 64) {
        const uint32_t *at = s + position;
        // Unrolled: the loop overhead was a third of each table read (1.3 instructions a scalar).
#pragma clang loop unroll_count(16)
        for (int j = 1; j <= 64; j++) block[j] = flags[at[j] & 0xFFFF];
        // Any scalar beyond the plane (none in most texts): their positions are marked.
        __m128i any = _mm_setzero_si128();
        for (int j = 0; j < 64; j += 4) any = _mm_or_si128(any, _mm_loadu_si128((const __m128i *)(at + j)));
        uint64_t beyond = 0;
        if (_mm_movemask_epi8(_mm_cmpgt_epi32(any, plane)) != 0) {
            for (int j = 0; j < 64; j++) beyond |= (uint64_t)(at[j] > 0xFFFF) << j;
        }
        mark_step(block, 4, beyond, ~(uint64_t)0, position, marked, &marks, keywordMarked, keywordCount);
        block[0] = block[64];
    }
    // The last 1 to 64 positions; the flags after the last are 0.
    size_t n = count - position;
    const uint32_t *at = s + position;
    for (int j = 0; j < 80; j += 16) _mm_storeu_si128((__m128i *)(block + 1 + j), _mm_setzero_si128());
    uint32_t any = at[0];
    for (size_t j = 1; j < n; j++) {
        any |= at[j];
        block[j] = flags[at[j] & 0xFFFF];
    }
    uint64_t beyond = 0;
    if (any > 0xFFFF) {
        for (size_t j = 0; j < n; j++) beyond |= (uint64_t)(at[j] > 0xFFFF) << j;
    }
    uint64_t inside = n == 64 ? ~(uint64_t)0 : ((uint64_t)1 << n) - 1;
    mark_step(block, (int)((n + 15) / 16), beyond, inside, position, marked, &marks, keywordMarked, keywordCount);
    return marks;
}

#else
size_t wb_utf8_encode(const void *scalars, size_t count, uint8_t *bytes) {
    const uint32_t *s = (const uint32_t *)scalars;
    size_t written = 0;
    for (size_t index = 0; index < count; index++) written += encode_one(s[index], bytes + written);
    return written;
}

// One table read per scalar, and no branch on the text: each position is written, and the
// counts move on only for a marked one.
size_t wb_mark_positions(const void *scalars, size_t count, const uint8_t *flags, int32_t *marked,
                         int32_t *keywordMarked, size_t *keywordCount) {
    const uint32_t *s = (const uint32_t *)scalars;
    size_t marks = 0;
    size_t keywords = 0;
    uint32_t current = count == 0 ? 0 : flags[s[0] & 0xFFFF];
    for (size_t position = 0; position < count; position++) {
        uint32_t next = position + 1 < count ? flags[s[position + 1] & 0xFFFF] : 0;
        marked[marks] = (int32_t)position;
        marks += s[position] > 0xFFFF ? 1 : (current & 1);
        keywordMarked[keywords] = (int32_t)position;
        keywords += ((current >> 1) | (current >> 2 & next >> 3)) & 1;
        current = next;
    }
    *keywordCount = keywords;
    return marks;
}

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
