;; The tokenizer's character loop (src/taxonomy/tokenize.ts) for a text of ASCII characters, one byte each: the same
;; tokens, hashes, letter bits, screen lists and marks as the TypeScript loop, which stays for every other text (and
;; is what this one is tested against). Compiled by scripts/build-wasm.mjs into tokenize-wasm.ts.
;;
;; Why a second loop: V8 runs the TypeScript loop at ~6.5 ns a character on the benchmark machine, its screens
;; included, against ~4 ns for this one with the text's encoding and the copies out (bounds checks, tagged values and
;; the string's representation checks on every `charCodeAt`); tokenizing was ~17% of an extraction's self time.
;;
;; Memory: 3 MB, fixed (never grown, so that no view of it is ever detached). This module reads and writes
;;   0    FOLD: the code a token's hash reads for each byte (ASCII capitals lower-cased), 0 for a separator
;;   256  LETTER: 1 for an ASCII letter
;;   512  MARKED: 1 for the characters the marks record (line break, ". ! ?", the bullet code)
;;   768  what the last call found besides the arrays, six int32: the counts of marks, affixed, screened, started and
;;        shaped tokens, and 1 when a token reads "www" (read through a view: cheaper than exported globals)
;; and, at the offsets the caller passes (see tokenize.ts): the screens' tables, the text and the output arrays.
(module
  (memory (export "memory") 48)

  ;; Tokenizes the n bytes at $t; returns the token count. Writes each token's start, end, hash and letter bits to the
  ;; int32 arrays at $oS, $oE, $oH, $oL; the tokens the three screens let through to $oSc, $oSt, $oSh (see `tokenize`:
  ;; the bit sets at $screen and $starts, the shape screen's opening table at $opening, its end table at $ends and its
  ;; end letters $endLetters); the affixed tokens to $oA; the marks to $oM. A screen the caller did not give points at
  ;; zeros: its list is written and ignored. $wwwHash is the hash of "www" (`wordHash`).
  (func (export "tokenize")
    (param $t i32) (param $n i32)
    (param $oS i32) (param $oE i32) (param $oH i32) (param $oL i32)
    (param $oSc i32) (param $oSt i32) (param $oSh i32) (param $oA i32) (param $oM i32)
    (param $screen i32) (param $starts i32) (param $opening i32) (param $ends i32) (param $endLetters i32)
    (param $wwwHash i32)
    (result i32)
    (local $i i32) (local $code i32) (local $folded i32) (local $s i32) (local $h i32) (local $letters i32)
    (local $j i32) (local $c i32) (local $f i32) (local $stop i32) (local $next i32) (local $k i32) (local $q i32)
    (local $affixed i32) (local $lastCode i32) (local $open i32) (local $need i32) (local $endPair i32)
    (local $count i32) (local $mc i32) (local $ac i32) (local $scc i32) (local $stc i32) (local $shc i32)
    (local $www i32) (local $slot i32) (local $word i32)
    (block $done
      (loop $outer
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $code (i32.load8_u (i32.add (local.get $t) (local.get $i))))
        (local.set $folded (i32.load8_u (local.get $code)))
        (local.set $affixed (i32.const 0))
        (if (i32.eqz (local.get $folded))
          (then
            (i32.store (i32.add (local.get $oM) (i32.shl (local.get $mc) (i32.const 2))) (local.get $i))
            (local.set $mc (i32.add (local.get $mc) (i32.load8_u offset=512 (local.get $code))))
            ;; A "." opens a token (".NET") when a letter follows it and no letter or digit precedes it.
            (if (i32.eqz
                  (i32.and
                    (i32.eq (local.get $code) (i32.const 0x2e))
                    (i32.and
                      (i32.lt_u (i32.add (local.get $i) (i32.const 1)) (local.get $n))
                      (i32.and
                        (i32.load8_u offset=256 (i32.load8_u offset=1 (i32.add (local.get $t) (local.get $i))))
                        (i32.or
                          (i32.eqz (local.get $i))
                          (i32.eqz (i32.load8_u (i32.load8_u (i32.sub (i32.add (local.get $t) (local.get $i)) (i32.const 1))))))))))
              (then
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (br $outer)))
            (local.set $affixed (i32.const 1))
            (i32.store (i32.add (local.get $oA) (i32.shl (local.get $ac) (i32.const 2))) (local.get $count))
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
            (local.set $c (i32.load8_u (i32.add (local.get $t) (local.get $j))))
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
        (i32.store (i32.add (local.get $oM) (i32.shl (local.get $mc) (i32.const 2))) (local.get $j))
        (local.set $mc (i32.add (local.get $mc) (i32.load8_u offset=512 (local.get $stop))))
        ;; "C++", "C#": up to two "+" / "#" glued to a final letter and not followed by a letter.
        (if (i32.and
              (i32.or (i32.eq (local.get $stop) (i32.const 0x2b)) (i32.eq (local.get $stop) (i32.const 0x23)))
              (i32.load8_u offset=256 (i32.load8_u (i32.sub (i32.add (local.get $t) (local.get $j)) (i32.const 1)))))
          (then
            (local.set $k (local.get $j))
            (block $symbolsEnd
              (loop $symbols
                (br_if $symbolsEnd (i32.ge_u (local.get $k) (local.get $n)))
                (br_if $symbolsEnd (i32.ge_u (i32.sub (local.get $k) (local.get $j)) (i32.const 2)))
                (local.set $c (i32.load8_u (i32.add (local.get $t) (local.get $k))))
                (br_if $symbolsEnd (i32.and (i32.ne (local.get $c) (i32.const 0x2b)) (i32.ne (local.get $c) (i32.const 0x23))))
                (local.set $k (i32.add (local.get $k) (i32.const 1)))
                (br $symbols)))
            (if (i32.and
                  (i32.gt_u (local.get $k) (local.get $j))
                  (i32.or
                    (i32.ge_u (local.get $k) (local.get $n))
                    (i32.eqz (i32.load8_u offset=256 (i32.load8_u (i32.add (local.get $t) (local.get $k)))))))
              (then
                (if (i32.eqz (local.get $affixed))
                  (then
                    (i32.store (i32.add (local.get $oA) (i32.shl (local.get $ac) (i32.const 2))) (local.get $count))
                    (local.set $ac (i32.add (local.get $ac) (i32.const 1)))))
                (local.set $affixed (i32.const 1))
                (local.set $q (local.get $j))
                (block $hashed
                  (loop $hashing
                    (br_if $hashed (i32.ge_u (local.get $q) (local.get $k)))
                    (local.set $h (i32.add (i32.mul (local.get $h) (i32.const 31)) (i32.load8_u (i32.add (local.get $t) (local.get $q)))))
                    (local.set $q (i32.add (local.get $q) (i32.const 1)))
                    (br $hashing)))
                (local.set $j (local.get $k))
                (local.set $next (local.get $k))))))
        ;; "www" in any case (a collision only costs the address pass).
        (if (i32.and (i32.eq (local.get $h) (local.get $wwwHash)) (i32.eq (i32.sub (local.get $j) (local.get $s)) (i32.const 3)))
          (then (local.set $www (i32.const 1))))
        (local.set $slot (i32.shl (local.get $count) (i32.const 2)))
        (i32.store (i32.add (local.get $oS) (local.get $slot)) (local.get $s))
        (i32.store (i32.add (local.get $oE) (local.get $slot)) (local.get $j))
        (i32.store (i32.add (local.get $oH) (local.get $slot)) (local.get $h))
        (i32.store (i32.add (local.get $oL) (local.get $slot)) (local.get $letters))
        (local.set $lastCode (i32.load8_u (i32.sub (i32.add (local.get $t) (local.get $j)) (i32.const 1))))
        ;; The three screens, each list written without a branch and kept when the token passes. The two bit sets
        ;; are read at bit (h & 31) of word ((h & 0xffff) >>> 5).
        (local.set $word (i32.shl (i32.shr_u (i32.and (local.get $h) (i32.const 0xffff)) (i32.const 5)) (i32.const 2)))
        (i32.store (i32.add (local.get $oSc) (i32.shl (local.get $scc) (i32.const 2))) (local.get $count))
        (local.set $scc (i32.add (local.get $scc) (i32.or (i32.and
                (i32.shr_u
                  (i32.load (i32.add (local.get $screen) (local.get $word)))
                  (local.get $h))
                (i32.const 1)) (local.get $affixed))))
        (i32.store (i32.add (local.get $oSt) (i32.shl (local.get $stc) (i32.const 2))) (local.get $count))
        (local.set $stc
          (i32.add (local.get $stc)
            (i32.or
              (i32.or (i32.and
                (i32.shr_u
                  (i32.load (i32.add (local.get $starts) (local.get $word)))
                  (local.get $h))
                (i32.const 1)) (i32.eqz (local.get $h)))
              (i32.le_u (i32.sub (local.get $lastCode) (i32.const 0x30)) (i32.const 9)))))
        (local.set $open
          (i32.load
            (i32.add (local.get $opening)
              (i32.shl
                (i32.or
                  (i32.shl (i32.and (local.get $code) (i32.const 0x7f)) (i32.const 7))
                  (i32.and
                    (i32.load8_u (i32.add (local.get $t)
                      (select (i32.add (local.get $s) (i32.const 1)) (i32.sub (local.get $n) (i32.const 1))
                        (i32.lt_u (i32.add (local.get $s) (i32.const 1)) (i32.sub (local.get $n) (i32.const 1))))))
                    (i32.const 0x7f)))
                (i32.const 2)))))
        (local.set $need (i32.and (local.get $open) (i32.const 0x7fffffff)))
        (local.set $endPair
          (i32.or
            (i32.shl
              (i32.and
                (i32.or
                  (i32.load8_u (i32.add (local.get $t)
                    (select (i32.sub (local.get $j) (i32.const 2)) (local.get $s)
                      (i32.gt_s (i32.sub (local.get $j) (i32.const 2)) (local.get $s)))))
                  (i32.const 0x20))
                (i32.const 31))
              (i32.const 5))
            (i32.and (i32.or (local.get $lastCode) (i32.const 0x20)) (i32.const 31))))
        (i32.store (i32.add (local.get $oSh) (i32.shl (local.get $shc) (i32.const 2))) (local.get $count))
        (local.set $shc
          (i32.add (local.get $shc)
            (i32.or
              (i32.or
                (i32.eq (i32.and (local.get $letters) (local.get $need)) (local.get $need))
                (i32.and (i32.shr_u (local.get $open) (i32.const 31)) (i32.lt_s (i32.sub (local.get $j) (local.get $s)) (i32.const 9))))
              (i32.and
                (i32.load8_u (i32.add (local.get $ends) (local.get $endPair)))
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
)
