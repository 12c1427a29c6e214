;; The tokenizer's character loop (src/taxonomy/tokenize.ts) for a text of one byte a character: the same tokens,
;; hashes, letter bits, screen lists and marks as the TypeScript loop, which stays for ranges and short texts (and is
;; what this one is tested against). A text beyond ASCII is first rewritten by `standIns` (a stand-in byte for each
;; character beyond ASCII); the caller mends the tokens that hold one. Compiled by scripts/build-wasm.mjs into
;; tokenize-wasm.ts.
;;
;; Why a second loop: V8 runs the TypeScript loop at ~6.5 ns a character on the benchmark machine, its screens
;; included, against ~4 ns for this one with the text's encoding and the copies out (bounds checks, tagged values and
;; the string's representation checks on every `charCodeAt`); tokenizing was ~17% of an extraction's self time.
;;
;; Two more functions read the tokens the last call left in memory: `scanPhrases`, segmentation's cue phrase scan
;; (`scanPhrasesInWasm`), and `scanNeedles`, communication's needle scan (`scanNeedlesInWasm`).
;;
;; Memory: 3.5 MB, fixed (never grown, so that no view of it is ever detached). This module reads and writes
;;   0    FOLD: the code a token's hash reads for each byte (ASCII capitals lower-cased), 0 for a separator
;;   256  LETTER: 1 for an ASCII letter
;;   512  MARKED: 1 for the characters the marks record (line break, ". ! ?", the bullet code)
;;   768  what the last call found besides the arrays, six int32: the counts of marks, affixed, screened, started and
;;        shaped tokens, and 1 when a token reads "www" (read through a view: cheaper than exported globals); at 792
;;        the letters `standIns` wrote
;; and, at the offsets of the globals below and those the caller passes (see tokenize.ts): the screens' tables, a
;; phrase set's tables, the needle tables, the text, the output arrays and the hits of either scan.
(module
  (memory (export "memory") 56)

  ;; The layout of the memory the tokenize and standIns functions read and write at fixed offsets (immediates, so that
  ;; no register holds a base): tokenize.ts checks these against its own before it uses the module, and a test
  ;; (tokenize-wasm.test.ts) holds every immediate of the two functions to these globals. The text at $textAt; eight
  ;; int32 output arrays from $outputAt, $outputStride bytes apart (starts, ends, hashes, letters, screened, started,
  ;; shaped, affixed), then the marks; the tables at $screenAt, $startsAt, $openingAt, $endsAt.
  (global $textAt (export "textAt") i32 (i32.const 262144))
  (global $outputAt (export "outputAt") i32 (i32.const 393216))
  (global $outputStride (export "outputStride") i32 (i32.const 262148))
  (global $screenAt (export "screenAt") i32 (i32.const 1024))
  (global $startsAt (export "startsAt") i32 (i32.const 9216))
  (global $openingAt (export "openingAt") i32 (i32.const 17408))
  (global $endsAt (export "endsAt") i32 (i32.const 82944))
  ;; The hash of "www" (`wordHash`).
  (global $wwwHash (export "wwwHash") i32 (i32.const 118167))

  ;; Tokenizes the $n bytes at $textAt; returns the token count. Writes each token's start, end, hash and letter bits to
  ;; the first four output arrays; the tokens the three screens let through to the next three (see `tokenize`: the bit
  ;; sets at $screenAt and $startsAt, the shape screen's opening table at $openingAt, its end table at $endsAt and its
  ;; end letters $endLetters); the affixed tokens to the eighth; the marks after them. A screen the caller did not give
  ;; is zeros: its list is written and ignored. Every address is an immediate offset (see the globals above): with no
  ;; base in a register, the loop keeps its counts in registers (~3% less time than with the bases as parameters).
  (func (export "tokenize")
    (param $n i32) (param $endLetters i32)
    (result i32)
    (local $i i32) (local $code i32) (local $folded i32) (local $s i32) (local $h i32) (local $letters i32)
    (local $j i32) (local $c i32) (local $f i32) (local $stop i32) (local $next i32) (local $k i32) (local $q i32)
    (local $affixed i32) (local $lastCode i32) (local $open i32) (local $need i32) (local $endPair i32)
    (local $count i32) (local $mc i32) (local $ac i32) (local $scc i32) (local $stc i32) (local $shc i32)
    (local $www i32) (local $slot i32) (local $word i32)
    (block $done
      (loop $outer
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $code (i32.load8_u offset=262144 (local.get $i)))
        (local.set $folded (i32.load8_u (local.get $code)))
        (local.set $affixed (i32.const 0))
        (if (i32.eqz (local.get $folded))
          (then
            (i32.store offset=2490400 (i32.shl (local.get $mc) (i32.const 2)) (local.get $i))
            (local.set $mc (i32.add (local.get $mc) (i32.load8_u offset=512 (local.get $code))))
            ;; A "." opens a token (".NET") when a letter follows it and no letter or digit precedes it.
            (if (i32.eqz
                  (i32.and
                    (i32.eq (local.get $code) (i32.const 0x2e))
                    (i32.and
                      (i32.lt_u (i32.add (local.get $i) (i32.const 1)) (local.get $n))
                      (i32.and
                        (i32.load8_u offset=256 (i32.load8_u offset=262145 (local.get $i)))
                        (i32.or
                          (i32.eqz (local.get $i))
                          (i32.eqz (i32.load8_u (i32.load8_u offset=262143 (local.get $i)))))))))
              (then
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (br $outer)))
            (local.set $affixed (i32.const 1))
            (i32.store offset=2228252 (i32.shl (local.get $ac) (i32.const 2)) (local.get $count))
            (local.set $ac (i32.add (local.get $ac) (i32.const 1)))
            (local.set $h (local.get $code)))
          (else (local.set $h (local.get $folded))))
        (local.set $s (local.get $i))
        (local.set $letters (i32.shl (i32.const 1) (local.get $code))) ;; the shift count is taken mod 32
        (local.set $j (i32.add (local.get $i) (i32.const 1)))
        (local.set $stop (i32.const 0))
        (block $tokenEnd
          (loop $inner
            (br_if $tokenEnd (i32.ge_u (local.get $j) (local.get $n)))
            (local.set $c (i32.load8_u offset=262144 (local.get $j)))
            (local.set $f (i32.load8_u (local.get $c)))
            (if (i32.eqz (local.get $f))
              (then
                (local.set $stop (local.get $c))
                (br $tokenEnd)))
            (local.set $h (i32.add (i32.mul (local.get $h) (i32.const 31)) (local.get $f)))
            (local.set $letters (i32.or (local.get $letters) (i32.shl (i32.const 1) (local.get $c))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $inner)))
        (local.set $next (i32.add (local.get $j) (i32.const 1)))
        (i32.store offset=2490400 (i32.shl (local.get $mc) (i32.const 2)) (local.get $j))
        (local.set $mc (i32.add (local.get $mc) (i32.load8_u offset=512 (local.get $stop))))
        ;; "C++", "C#": up to two "+" / "#" glued to a final letter and not followed by a letter.
        (if (i32.and
              (i32.or (i32.eq (local.get $stop) (i32.const 0x2b)) (i32.eq (local.get $stop) (i32.const 0x23)))
              (i32.load8_u offset=256 (i32.load8_u offset=262143 (local.get $j))))
          (then
            (local.set $k (local.get $j))
            (block $symbolsEnd
              (loop $symbols
                (br_if $symbolsEnd (i32.ge_u (local.get $k) (local.get $n)))
                (br_if $symbolsEnd (i32.ge_u (i32.sub (local.get $k) (local.get $j)) (i32.const 2)))
                (local.set $c (i32.load8_u offset=262144 (local.get $k)))
                (br_if $symbolsEnd (i32.and (i32.ne (local.get $c) (i32.const 0x2b)) (i32.ne (local.get $c) (i32.const 0x23))))
                (local.set $k (i32.add (local.get $k) (i32.const 1)))
                (br $symbols)))
            (if (i32.and
                  (i32.gt_u (local.get $k) (local.get $j))
                  (i32.or
                    (i32.ge_u (local.get $k) (local.get $n))
                    (i32.eqz (i32.load8_u offset=256 (i32.load8_u offset=262144 (local.get $k))))))
              (then
                (if (i32.eqz (local.get $affixed))
                  (then
                    (i32.store offset=2228252 (i32.shl (local.get $ac) (i32.const 2)) (local.get $count))
                    (local.set $ac (i32.add (local.get $ac) (i32.const 1)))))
                (local.set $affixed (i32.const 1))
                (local.set $q (local.get $j))
                (block $hashed
                  (loop $hashing
                    (br_if $hashed (i32.ge_u (local.get $q) (local.get $k)))
                    (local.set $h (i32.add (i32.mul (local.get $h) (i32.const 31)) (i32.load8_u offset=262144 (local.get $q))))
                    (local.set $q (i32.add (local.get $q) (i32.const 1)))
                    (br $hashing)))
                (local.set $j (local.get $k))
                (local.set $next (local.get $k))))))
        ;; "www" in any case (a collision only costs the address pass).
        (if (i32.and (i32.eq (local.get $h) (global.get $wwwHash)) (i32.eq (i32.sub (local.get $j) (local.get $s)) (i32.const 3)))
          (then (local.set $www (i32.const 1))))
        (local.set $slot (i32.shl (local.get $count) (i32.const 2)))
        (i32.store offset=393216 (local.get $slot) (local.get $s))
        (i32.store offset=655364 (local.get $slot) (local.get $j))
        (i32.store offset=917512 (local.get $slot) (local.get $h))
        (i32.store offset=1179660 (local.get $slot) (local.get $letters))
        (local.set $lastCode (i32.load8_u offset=262143 (local.get $j)))
        ;; The three screens, each list written without a branch and kept when the token passes. The two bit sets
        ;; are read at bit (h & 31) of word ((h & 0xffff) >>> 5).
        (local.set $word (i32.shl (i32.shr_u (i32.and (local.get $h) (i32.const 0xffff)) (i32.const 5)) (i32.const 2)))
        (i32.store offset=1441808 (i32.shl (local.get $scc) (i32.const 2)) (local.get $count))
        (local.set $scc (i32.add (local.get $scc) (i32.or (i32.and
                (i32.shr_u
                  (i32.load offset=1024 (local.get $word))
                  (local.get $h))
                (i32.const 1)) (local.get $affixed))))
        (i32.store offset=1703956 (i32.shl (local.get $stc) (i32.const 2)) (local.get $count))
        (local.set $stc
          (i32.add (local.get $stc)
            (i32.or
              (i32.or (i32.and
                (i32.shr_u
                  (i32.load offset=9216 (local.get $word))
                  (local.get $h))
                (i32.const 1)) (i32.eqz (local.get $h)))
              (i32.le_u (i32.sub (local.get $lastCode) (i32.const 0x30)) (i32.const 9)))))
        (local.set $open
          (i32.load offset=17408
              (i32.shl
                (i32.or
                  (i32.shl (i32.and (local.get $code) (i32.const 0x7f)) (i32.const 7))
                  (i32.and
                    (i32.load8_u offset=262144
                      (select (i32.add (local.get $s) (i32.const 1)) (i32.sub (local.get $n) (i32.const 1))
                        (i32.lt_u (i32.add (local.get $s) (i32.const 1)) (i32.sub (local.get $n) (i32.const 1)))))
                    (i32.const 0x7f)))
                (i32.const 2))))
        (local.set $need (i32.and (local.get $open) (i32.const 0x7fffffff)))
        (local.set $endPair
          (i32.or
            (i32.shl
              (i32.and
                (i32.or
                  (i32.load8_u offset=262144
                    (select (i32.sub (local.get $j) (i32.const 2)) (local.get $s)
                      (i32.gt_s (i32.sub (local.get $j) (i32.const 2)) (local.get $s))))
                  (i32.const 0x20))
                (i32.const 31))
              (i32.const 5))
            (i32.and (i32.or (local.get $lastCode) (i32.const 0x20)) (i32.const 31))))
        (i32.store offset=1966104 (i32.shl (local.get $shc) (i32.const 2)) (local.get $count))
        (local.set $shc
          (i32.add (local.get $shc)
            (i32.or
              (i32.or
                (i32.eq (i32.and (local.get $letters) (local.get $need)) (local.get $need))
                (i32.and (i32.shr_u (local.get $open) (i32.const 31)) (i32.lt_s (i32.sub (local.get $j) (local.get $s)) (i32.const 9))))
              (i32.and
                (i32.load8_u offset=82944 (local.get $endPair))
                (i32.ne (i32.and (local.get $letters) (local.get $endLetters)) (i32.const 0))))))
        (local.set $count (i32.add (local.get $count) (i32.const 1)))
        (local.set $i (local.get $next))
        (br $outer)))
    (i32.store offset=768 (i32.const 0) (local.get $mc))
    (i32.store offset=772 (i32.const 0) (local.get $ac))
    (i32.store offset=776 (i32.const 0) (local.get $scc))
    (i32.store offset=780 (i32.const 0) (local.get $stc))
    (i32.store offset=784 (i32.const 0) (local.get $shc))
    (i32.store offset=788 (i32.const 0) (local.get $www))
    (local.get $count))

  ;; Rewrites the $w bytes of UTF-8 at $textAt as one byte a UTF-16 code unit, in place, for `tokenize` (see
  ;; `standIns` in tokenize.ts): ASCII as itself; a letter from U+00C0 to U+1FFF (not U+00D7 or U+00F7), which the
  ;; tokenizer reads as a character of tokens, as 0xC0 | its low five bits; any other character as 0xA0, a separator
  ;; (twice for a character past U+FFFF: two code units). Writes where each such letter now stands (int32) from
  ;; $wideAt (room for a letter in every two bytes) and their number at byte 792; returns the code units written.
  ;; (A character's bytes are read before its unit is written, never after: no unit lands past the bytes read.)
  (func (export "standIns") (param $w i32) (param $wideAt i32) (result i32)
    (local $i i32) (local $o i32) (local $b i32) (local $cp i32) (local $wide i32)
    (block $done
      (loop $chars
        (br_if $done (i32.ge_u (local.get $i) (local.get $w)))
        (local.set $b (i32.load8_u offset=262144 (local.get $i)))
        (if (i32.lt_u (local.get $b) (i32.const 0x80))
          (then
            (i32.store8 offset=262144 (local.get $o) (local.get $b))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (local.set $o (i32.add (local.get $o) (i32.const 1)))
            (br $chars)))
        (if (i32.ge_u (local.get $b) (i32.const 0xf0))
          (then
            ;; Four bytes: a character past U+FFFF, two separators.
            (i32.store8 offset=262144 (local.get $o) (i32.const 0xa0))
            (i32.store8 offset=262145 (local.get $o) (i32.const 0xa0))
            (local.set $i (i32.add (local.get $i) (i32.const 4)))
            (local.set $o (i32.add (local.get $o) (i32.const 2)))
            (br $chars)))
        (if (i32.lt_u (local.get $b) (i32.const 0xe0))
          (then
            (local.set $cp (i32.or
              (i32.shl (i32.and (local.get $b) (i32.const 0x1f)) (i32.const 6))
              (i32.and (i32.load8_u offset=262145 (local.get $i)) (i32.const 0x3f))))
            (local.set $i (i32.add (local.get $i) (i32.const 2))))
          (else
            (local.set $cp (i32.or
              (i32.or
                (i32.shl (i32.and (local.get $b) (i32.const 0x0f)) (i32.const 12))
                (i32.shl (i32.and (i32.load8_u offset=262145 (local.get $i)) (i32.const 0x3f)) (i32.const 6)))
              (i32.and (i32.load8_u offset=262146 (local.get $i)) (i32.const 0x3f))))
            (local.set $i (i32.add (local.get $i) (i32.const 3)))))
        (if (i32.and
              (i32.and (i32.ge_u (local.get $cp) (i32.const 0xc0)) (i32.lt_u (local.get $cp) (i32.const 0x2000)))
              (i32.and (i32.ne (local.get $cp) (i32.const 0xd7)) (i32.ne (local.get $cp) (i32.const 0xf7))))
          (then
            (i32.store8 offset=262144 (local.get $o) (i32.or (i32.const 0xc0) (i32.and (local.get $cp) (i32.const 31))))
            (i32.store (i32.add (local.get $wideAt) (i32.shl (local.get $wide) (i32.const 2))) (local.get $o))
            (local.set $wide (i32.add (local.get $wide) (i32.const 1))))
          (else (i32.store8 offset=262144 (local.get $o) (i32.const 0xa0))))
        (local.set $o (i32.add (local.get $o) (i32.const 1)))
        (br $chars)))
    (i32.store offset=792 (i32.const 0) (local.get $wide))
    (local.get $o))

  ;; The phrase scan of src/pipeline/phrases.ts (`PhraseSet.scanTokens`, every phrase at each start) over the tokens the
  ;; last `tokenize` call wrote, which are still in memory: the same hits, in the same order. Reads the text ($text, $n
  ;; bytes), the token starts, ends and hashes ($oS, $oE, $oH), the screened tokens ($oSc, $visitCount: the tokens the
  ;; phrase set's first-word filter let through, at $filter) and the affixed ones ($oA, $affixedCount); the phrase
  ;; tables at $tables, as `PhraseSet.wasmTables` lays them out. Writes each hit as three int32 (start, end, shape
  ;; index) from $hitsAt; returns the number of hits, or -1 when more than $hitsRoom would be written.
  (func (export "scanPhrases")
    (param $text i32) (param $n i32) (param $tokenCount i32) (param $visitCount i32) (param $affixedCount i32)
    (param $oS i32) (param $oE i32) (param $oH i32) (param $oSc i32) (param $oA i32)
    (param $filter i32) (param $tables i32) (param $hitsAt i32) (param $hitsRoom i32)
    (result i32)
    (local $keys i32) (local $slots i32) (local $second i32) (local $groups i32) (local $shapes i32) (local $bytes i32)
    (local $mask i32) (local $visit i32) (local $t i32) (local $h i32) (local $s i32) (local $e i32) (local $k i32)
    (local $nextAffixed i32) (local $affixedAt i32) (local $slot i32) (local $found i32) (local $v i32) (local $g i32)
    (local $i i32) (local $c i32) (local $next i32) (local $bit i32) (local $shape i32) (local $shapeEnd i32)
    (local $joinedFrom i32) (local $joinedAt i32) (local $at i32) (local $shapeSecond i32) (local $hits i32)
    (local.set $keys (i32.add (local.get $tables) (i32.load offset=0 (local.get $tables))))
    (local.set $slots (i32.add (local.get $tables) (i32.load offset=4 (local.get $tables))))
    (local.set $second (i32.add (local.get $tables) (i32.load offset=8 (local.get $tables))))
    (local.set $groups (i32.add (local.get $tables) (i32.load offset=12 (local.get $tables))))
    (local.set $shapes (i32.add (local.get $tables) (i32.load offset=16 (local.get $tables))))
    (local.set $bytes (i32.add (local.get $tables) (i32.load offset=20 (local.get $tables))))
    (local.set $mask (i32.load offset=24 (local.get $tables)))
    ;; The next affixed token (-1 for none).
    (local.set $affixedAt (i32.const -1))
    (if (i32.gt_s (local.get $affixedCount) (i32.const 0)) (then (local.set $affixedAt (i32.load (local.get $oA)))))
    (block $done
      (loop $visits
        (br_if $done (i32.ge_u (local.get $visit) (local.get $visitCount)))
        (local.set $t (i32.load (i32.add (local.get $oSc) (i32.shl (local.get $visit) (i32.const 2)))))
        (local.set $visit (i32.add (local.get $visit) (i32.const 1)))
        (local.set $h (i32.load (i32.add (local.get $oH) (i32.shl (local.get $t) (i32.const 2)))))
        ;; Screened visits skip tokens, affixed ones among them: catch up (each affixed token is visited).
        (block $caught
          (loop $catchUp
            (br_if $caught (i32.lt_s (local.get $affixedAt) (i32.const 0)))
            (br_if $caught (i32.ge_s (local.get $affixedAt) (local.get $t)))
            (local.set $nextAffixed (i32.add (local.get $nextAffixed) (i32.const 1)))
            (local.set $affixedAt (call $affixedAfter (local.get $oA) (local.get $nextAffixed) (local.get $affixedCount)))
            (br $catchUp)))
        (if (i32.eq (local.get $t) (local.get $affixedAt))
          (then
            (local.set $nextAffixed (i32.add (local.get $nextAffixed) (i32.const 1)))
            (local.set $affixedAt (call $affixedAfter (local.get $oA) (local.get $nextAffixed) (local.get $affixedCount)))
            ;; The word without its leading "." and glued "+" / "#", hashed lower-cased.
            (local.set $s (i32.load (i32.add (local.get $oS) (i32.shl (local.get $t) (i32.const 2)))))
            (if (i32.eq (i32.load8_u (i32.add (local.get $text) (local.get $s))) (i32.const 0x2e))
              (then (local.set $s (i32.add (local.get $s) (i32.const 1)))))
            (local.set $e (i32.load (i32.add (local.get $oE) (i32.shl (local.get $t) (i32.const 2)))))
            (block $trimmed
              (loop $trim
                (br_if $trimmed (i32.le_s (local.get $e) (local.get $s)))
                (local.set $c (i32.load8_u (i32.sub (i32.add (local.get $text) (local.get $e)) (i32.const 1))))
                (br_if $trimmed (i32.and (i32.ne (local.get $c) (i32.const 0x2b)) (i32.ne (local.get $c) (i32.const 0x23))))
                (local.set $e (i32.sub (local.get $e) (i32.const 1)))
                (br $trim)))
            (local.set $h (i32.const 0))
            (local.set $k (local.get $s))
            (block $hashed
              (loop $hashing
                (br_if $hashed (i32.ge_s (local.get $k) (local.get $e)))
                (local.set $c (i32.load8_u (i32.add (local.get $text) (local.get $k))))
                (local.set $c (select (i32.add (local.get $c) (i32.const 32)) (local.get $c)
                  (i32.lt_u (i32.sub (local.get $c) (i32.const 0x41)) (i32.const 26))))
                (local.set $h (i32.add (i32.mul (local.get $h) (i32.const 31)) (local.get $c)))
                (local.set $k (i32.add (local.get $k) (i32.const 1)))
                (br $hashing)))
            ;; The first-word filter on the word's own hash. (The other visits passed it already: the screened
            ;; tokens are those whose hash the filter lets through, and the affixed ones.)
            (br_if $visits (i32.eqz (i32.and
              (i32.shr_u
                (i32.load (i32.add (local.get $filter) (i32.shl (i32.shr_u (i32.and (local.get $h) (i32.const 0xffff)) (i32.const 5)) (i32.const 2))))
                (local.get $h))
              (i32.const 1)))))
          (else (local.set $s (i32.load (i32.add (local.get $oS) (i32.shl (local.get $t) (i32.const 2)))))))
        ;; The group of phrases keyed on this hash.
        (local.set $slot (i32.and (local.get $h) (local.get $mask)))
        (local.set $found (i32.const 0))
        (block $looked
          (loop $probe
            (local.set $v (i32.load (i32.add (local.get $slots) (i32.shl (local.get $slot) (i32.const 2)))))
            (br_if $looked (i32.eqz (local.get $v)))
            (if (i32.eq (i32.load (i32.add (local.get $keys) (i32.shl (local.get $slot) (i32.const 2)))) (local.get $h))
              (then
                (local.set $found (local.get $v))
                (br $looked)))
            (local.set $slot (i32.and (i32.add (local.get $slot) (i32.const 1)) (local.get $mask)))
            (br $probe)))
        (br_if $visits (i32.eqz (local.get $found)))
        ;; A group: [bit 0: some phrase is one word; bits 8-15: shape count], first word's length (or -1), second
        ;; words' first letters (bits), first shape.
        (local.set $g (i32.add (local.get $groups) (i32.shl (i32.sub (local.get $found) (i32.const 1)) (i32.const 4))))
        (if (i32.and
              (i32.eqz (i32.and (i32.load (local.get $g)) (i32.const 1)))
              (i32.gt_s (i32.load offset=4 (local.get $g)) (i32.const 0)))
          (then
            ;; Every phrase has a second word: dropped on the character after the joins, then on the next token.
            (local.set $i (call $afterJoins (local.get $text) (i32.add (local.get $s) (i32.load offset=4 (local.get $g))) (local.get $n)))
            (br_if $visits (i32.lt_s (local.get $i) (i32.const 0)))
            (br_if $visits (i32.ge_s (local.get $i) (local.get $n)))
            (local.set $c (i32.load8_u (i32.add (local.get $text) (local.get $i))))
            (br_if $visits (i32.eqz (i32.and (i32.load offset=8 (local.get $g)) (i32.shl (i32.const 1) (local.get $c)))))
            (local.set $next (i32.add (local.get $t) (i32.const 1)))
            (if (i32.and
                  (i32.and
                    (i32.lt_s (local.get $next) (local.get $tokenCount))
                    (i32.ne (local.get $next) (local.get $affixedAt)))
                  (i32.eq (i32.load (i32.add (local.get $oS) (i32.shl (local.get $next) (i32.const 2)))) (local.get $i)))
              (then
                (local.set $bit
                  (i32.shr_u
                    (i32.mul
                      (i32.xor
                        (i32.load (i32.add (local.get $oH) (i32.shl (local.get $next) (i32.const 2))))
                        (i32.mul (local.get $found) (i32.const 0x9e3779b1)))
                      (i32.const 0x85ebca6b))
                    (i32.const 16)))
                (br_if $visits (i32.eqz (i32.and
                  (i32.shr_u
                    (i32.load (i32.add (local.get $second) (i32.shl (i32.shr_u (local.get $bit) (i32.const 5)) (i32.const 2))))
                    (local.get $bit))
                  (i32.const 1))))))))
        (local.set $joinedFrom (i32.const -1))
        (local.set $joinedAt (i32.const -1))
        (local.set $shape (i32.load offset=12 (local.get $g)))
        (local.set $shapeEnd (i32.add (local.get $shape) (i32.and (i32.shr_u (i32.load (local.get $g)) (i32.const 8)) (i32.const 0xff))))
        (block $shapesDone
          (loop $shapesLoop
            (br_if $shapesDone (i32.ge_u (local.get $shape) (local.get $shapeEnd)))
            ;; A shape: second word's first letter (or -1), first word's length, codes offset | word count << 24,
            ;; word ends offset.
            (local.set $at (i32.add (local.get $shapes) (i32.shl (local.get $shape) (i32.const 4))))
            (local.set $shapeSecond (i32.load (local.get $at)))
            (block $tryShape
              (if (i32.ge_s (local.get $shapeSecond) (i32.const 0))
                (then
                  (local.set $e (i32.add (local.get $s) (i32.load offset=4 (local.get $at))))
                  (if (i32.ne (local.get $e) (local.get $joinedFrom))
                    (then
                      (local.set $joinedFrom (local.get $e))
                      (local.set $i (call $afterJoins (local.get $text) (local.get $e) (local.get $n)))
                      (local.set $joinedAt (select (i32.const -1) (local.get $i) (i32.ge_s (local.get $i) (local.get $n))))))
                  (br_if $tryShape (i32.lt_s (local.get $joinedAt) (i32.const 0)))
                  (local.set $c (i32.load8_u (i32.add (local.get $text) (local.get $joinedAt))))
                  (local.set $c (select (i32.add (local.get $c) (i32.const 32)) (local.get $c)
                    (i32.lt_u (i32.sub (local.get $c) (i32.const 0x41)) (i32.const 26))))
                  (br_if $tryShape (i32.ne (local.get $c) (local.get $shapeSecond)))))
              (local.set $e
                (call $matchShape (local.get $text) (local.get $s) (local.get $n)
                  (i32.add (local.get $bytes) (i32.and (i32.load offset=8 (local.get $at)) (i32.const 0xffffff)))
                  (i32.add (local.get $bytes) (i32.load offset=12 (local.get $at)))
                  (i32.shr_u (i32.load offset=8 (local.get $at)) (i32.const 24))))
              (br_if $tryShape (i32.le_s (local.get $e) (i32.const 0)))
              (if (i32.ge_u (local.get $hits) (local.get $hitsRoom)) (then (return (i32.const -1))))
              (local.set $k (i32.add (local.get $hitsAt) (i32.mul (local.get $hits) (i32.const 12))))
              (i32.store (local.get $k) (local.get $s))
              (i32.store offset=4 (local.get $k) (local.get $e))
              (i32.store offset=8 (local.get $k) (local.get $shape))
              (local.set $hits (i32.add (local.get $hits) (i32.const 1))))
            (local.set $shape (i32.add (local.get $shape) (i32.const 1)))
            (br $shapesLoop)))
        (br $visits)))
    (local.get $hits))

  ;; The affixed token at list index $k (of $count at $oA), or -1 past the end.
  (func $affixedAfter (param $oA i32) (param $k i32) (param $count i32) (result i32)
    (if (result i32) (i32.lt_s (local.get $k) (local.get $count))
      (then (i32.load (i32.add (local.get $oA) (i32.shl (local.get $k) (i32.const 2)))))
      (else (i32.const -1))))

  ;; Where the next word may start: after one to four joins (" ", "-", "'", "&", "/") from $i, or -1 when none stands
  ;; there.
  (func $afterJoins (param $text i32) (param $i i32) (param $to i32) (result i32)
    (local $from i32) (local $c i32)
    (local.set $from (local.get $i))
    (block $end
      (loop $joins
        (br_if $end (i32.ge_s (local.get $i) (local.get $to)))
        (br_if $end (i32.ge_s (i32.sub (local.get $i) (local.get $from)) (i32.const 4)))
        (local.set $c (i32.load8_u (i32.add (local.get $text) (local.get $i))))
        (br_if $end (i32.eqz
          (i32.or
            (i32.or (i32.eq (local.get $c) (i32.const 0x20)) (i32.eq (local.get $c) (i32.const 0x2d)))
            (i32.or
              (i32.or (i32.eq (local.get $c) (i32.const 0x27)) (i32.eq (local.get $c) (i32.const 0x26)))
              (i32.eq (local.get $c) (i32.const 0x2f))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $joins)))
    (select (i32.const -1) (local.get $i) (i32.eq (local.get $i) (local.get $from))))

  ;; The end of a shape's words matched at text[$pos...] (ASCII case-insensitive, whole words, joins between), or -1:
  ;; `matchShapeAt` of phrases.ts for an ASCII text. $codes: the words' characters; $wordEnds: each word's end in them.
  (func $matchShape (param $text i32) (param $pos i32) (param $to i32) (param $codes i32) (param $wordEnds i32) (param $words i32) (result i32)
    (local $i i32) (local $from i32) (local $w i32) (local $wordEnd i32) (local $k i32) (local $c i32)
    (local.set $i (local.get $pos))
    (block $fail
      (loop $word
        (if (i32.gt_s (local.get $w) (i32.const 0))
          (then
            (local.set $i (call $afterJoins (local.get $text) (local.get $i) (local.get $to)))
            (br_if $fail (i32.lt_s (local.get $i) (i32.const 0)))))
        (local.set $wordEnd (i32.load8_u (i32.add (local.get $wordEnds) (local.get $w))))
        (br_if $fail (i32.gt_s (i32.sub (i32.add (local.get $i) (local.get $wordEnd)) (local.get $from)) (local.get $to)))
        (local.set $k (local.get $from))
        (block $wordDone
          (loop $chars
            (br_if $wordDone (i32.ge_s (local.get $k) (local.get $wordEnd)))
            (local.set $c (i32.load8_u (i32.add (local.get $text) (local.get $i))))
            ;; For a code of [a-z0-9] and an ASCII c: lower-cased c is the code exactly when (c | 0x20) is and c >= 0x30.
            (br_if $fail (i32.or
              (i32.ne (i32.or (local.get $c) (i32.const 0x20)) (i32.load8_u (i32.add (local.get $codes) (local.get $k))))
              (i32.lt_u (local.get $c) (i32.const 0x30))))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $chars)))
        (local.set $from (local.get $wordEnd))
        ;; A character of words right after it (FOLD is not 0): the word runs on.
        (if (i32.lt_s (local.get $i) (local.get $to))
          (then (br_if $fail (i32.ne (i32.load8_u (i32.load8_u (i32.add (local.get $text) (local.get $i)))) (i32.const 0)))))
        (local.set $w (i32.add (local.get $w) (i32.const 1)))
        (br_if $word (i32.lt_s (local.get $w) (local.get $words))))
      (return (local.get $i)))
    (i32.const -1))

  ;; Communication's needle scan (src/extractors/communication.ts, `needleTokens` and `needlesAt`) over the tokens the
  ;; last `tokenize` call wrote: for each token whose letter bits ($oL) allow a needle (the four byte tables), the
  ;; needles it holds as a substring, in any ASCII case. The tables at $tables, as communication.ts lays them out:
  ;; int32 [0, 1024) the byte tables (256 each), [1024, 2048) the needles by the folded pair of their first two letters,
  ;; [2048, 2080) each needle's characters (offset from byte 8324 | length << 16), [2080] the shortest needle's length;
  ;; the characters from byte 8324. Writes (start, end, needles) for each token that holds one from $hitsAt; returns
  ;; their number, or -1 when more than $hitsRoom would be written.
  (func (export "scanNeedles")
    (param $text i32) (param $count i32) (param $oS i32) (param $oE i32) (param $oL i32)
    (param $tables i32) (param $hitsAt i32) (param $hitsRoom i32)
    (result i32)
    (local $t i32) (local $l i32) (local $maybe i32) (local $found i32) (local $hits i32) (local $k i32) (local $s i32) (local $e i32)
    (block $done
      (loop $tokens
        (br_if $done (i32.ge_u (local.get $t) (local.get $count)))
        (local.set $l (i32.load (i32.add (local.get $oL) (i32.shl (local.get $t) (i32.const 2)))))
        (local.set $maybe
          (i32.and
            (i32.and
              (i32.load (i32.add (local.get $tables) (i32.shl (i32.and (local.get $l) (i32.const 0xff)) (i32.const 2))))
              (i32.load offset=1024 (i32.add (local.get $tables) (i32.shl (i32.and (i32.shr_u (local.get $l) (i32.const 8)) (i32.const 0xff)) (i32.const 2)))))
            (i32.and
              (i32.load offset=2048 (i32.add (local.get $tables) (i32.shl (i32.and (i32.shr_u (local.get $l) (i32.const 16)) (i32.const 0xff)) (i32.const 2))))
              (i32.load offset=3072 (i32.add (local.get $tables) (i32.shl (i32.shr_u (local.get $l) (i32.const 24)) (i32.const 2)))))))
        (if (local.get $maybe)
          (then
            (local.set $s (i32.load (i32.add (local.get $oS) (i32.shl (local.get $t) (i32.const 2)))))
            (local.set $e (i32.load (i32.add (local.get $oE) (i32.shl (local.get $t) (i32.const 2)))))
            (local.set $found (call $needlesAt (local.get $text) (local.get $s) (local.get $e) (local.get $maybe) (local.get $tables)))
            (if (local.get $found)
              (then
                (if (i32.ge_u (local.get $hits) (local.get $hitsRoom)) (then (return (i32.const -1))))
                (local.set $k (i32.add (local.get $hitsAt) (i32.mul (local.get $hits) (i32.const 12))))
                (i32.store (local.get $k) (local.get $s))
                (i32.store offset=4 (local.get $k) (local.get $e))
                (i32.store offset=8 (local.get $k) (local.get $found))
                (local.set $hits (i32.add (local.get $hits) (i32.const 1)))))))
        (local.set $t (i32.add (local.get $t) (i32.const 1)))
        (br $tokens)))
    (local.get $hits))

  ;; The needles (bits) among $maybe that occur in text[$from, $to), in any ASCII case: each place screened by the
  ;; folded pair of its first two characters.
  (func $needlesAt (param $text i32) (param $from i32) (param $to i32) (param $maybe i32) (param $tables i32) (result i32)
    (local $found i32) (local $at i32) (local $first i32) (local $second i32) (local $opening i32) (local $n i32)
    (local $needle i32) (local $length i32) (local $shortest i32)
    (local.set $shortest (i32.load offset=8320 (local.get $tables)))
    (if (i32.gt_s (i32.add (local.get $from) (local.get $shortest)) (local.get $to)) (then (return (i32.const 0))))
    (local.set $second (i32.load8_u (i32.add (local.get $text) (local.get $from))))
    (local.set $at (local.get $from))
    (block $done
      (loop $places
        (br_if $done (i32.gt_s (i32.add (local.get $at) (local.get $shortest)) (local.get $to)))
        (br_if $done (i32.eqz (local.get $maybe)))
        (local.set $first (local.get $second))
        (local.set $second (i32.load8_u offset=1 (i32.add (local.get $text) (local.get $at))))
        (local.set $opening
          (i32.and
            (local.get $maybe)
            (i32.load offset=4096
              (i32.add (local.get $tables)
                (i32.shl
                  (i32.or
                    (i32.shl (i32.and (i32.or (local.get $first) (i32.const 0x20)) (i32.const 31)) (i32.const 5))
                    (i32.and (i32.or (local.get $second) (i32.const 0x20)) (i32.const 31)))
                  (i32.const 2))))))
        (block $tried
          (loop $needles
            (br_if $tried (i32.eqz (local.get $opening)))
            (local.set $n (i32.sub (i32.const 31) (i32.clz (local.get $opening))))
            (local.set $opening (i32.and (local.get $opening) (i32.xor (i32.shl (i32.const 1) (local.get $n)) (i32.const -1))))
            (local.set $needle (i32.load offset=8192 (i32.add (local.get $tables) (i32.shl (local.get $n) (i32.const 2)))))
            (local.set $length (i32.shr_u (local.get $needle) (i32.const 16)))
            (if (i32.and
                  (i32.le_s (i32.add (local.get $at) (local.get $length)) (local.get $to))
                  (call $holdsAt (local.get $text) (local.get $at)
                    (i32.add (i32.add (local.get $tables) (i32.const 8324)) (i32.and (local.get $needle) (i32.const 0xffff)))
                    (local.get $length)))
              (then
                (local.set $found (i32.or (local.get $found) (i32.shl (i32.const 1) (local.get $n))))
                (local.set $maybe (i32.and (local.get $maybe) (i32.xor (i32.shl (i32.const 1) (local.get $n)) (i32.const -1))))))
            (br $needles)))
        (local.set $at (i32.add (local.get $at) (i32.const 1)))
        (br $places)))
    (local.get $found))

  ;; text[$at, $at + $length) is the word at $word (lower-case ASCII) in any ASCII case.
  (func $holdsAt (param $text i32) (param $at i32) (param $word i32) (param $length i32) (result i32)
    (local $k i32) (local $c i32)
    (block $same
      (loop $chars
        (br_if $same (i32.ge_s (local.get $k) (local.get $length)))
        (local.set $c (i32.load8_u (i32.add (local.get $text) (i32.add (local.get $at) (local.get $k)))))
        (local.set $c (select (i32.or (local.get $c) (i32.const 0x20)) (local.get $c)
          (i32.lt_u (i32.sub (local.get $c) (i32.const 0x41)) (i32.const 26))))
        (if (i32.ne (local.get $c) (i32.load8_u (i32.add (local.get $word) (local.get $k)))) (then (return (i32.const 0))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $chars)))
    (i32.const 1))
)
