;; The normaliser's search for the next character that its fold loop must look at (src/pipeline/normalize.ts), over
;; the UTF-8 bytes of a plain-text input: a control character but the line break, "&", DEL, or any byte past ASCII
;; (every character past ASCII is written as such bytes only). Compiled by scripts/build-wasm.mjs into
;; plain-scan-wasm.ts; src/pipeline/plain-scan.ts maps the bytes found back to the input's characters.
;;
;; Why: the same search as a regular expression ([^\n\x20-\x25\x27-\x7e]) reads ~1.2 ns a character on the benchmark
;; machine, ~3% of an extraction. Encoding the input (~0.4 ns a character) and reading sixteen bytes a step here take
;; less than half of that.
;;
;; Memory: 512 KB, fixed (never grown, so that no view of it is ever detached): the input's bytes from offset 0 (at most
;; 256 KB), then the normalised text's (written and read by plain-scan.ts).
(module
  (memory (export "memory") 8)

  ;; The first byte in [$p, $end) that is not plain (above), or $end when every one is. Sixteen bytes a step, the
  ;; last step reading up to fifteen past $end (in bounds: the caller keeps $end within the memory's first half) and
  ;; taking what it finds there as $end.
  (func (export "nextNotPlain") (param $p i32) (param $end i32) (result i32)
    (local $v v128) (local $m i32)
    (block $done
      (loop $blocks
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $v (v128.load (local.get $p)))
        ;; Not plain: below 0x20 or from 0x7f on (one unsigned comparison after subtracting 0x20), but not the line
        ;; break; or "&".
        (local.set $m
          (i8x16.bitmask
            (v128.or
              (v128.and
                (i8x16.ge_u
                  (i8x16.sub (local.get $v) (v128.const i8x16 0x20 0x20 0x20 0x20 0x20 0x20 0x20 0x20 0x20 0x20 0x20 0x20 0x20 0x20 0x20 0x20))
                  (v128.const i8x16 0x5f 0x5f 0x5f 0x5f 0x5f 0x5f 0x5f 0x5f 0x5f 0x5f 0x5f 0x5f 0x5f 0x5f 0x5f 0x5f))
                (i8x16.ne (local.get $v) (v128.const i8x16 0x0a 0x0a 0x0a 0x0a 0x0a 0x0a 0x0a 0x0a 0x0a 0x0a 0x0a 0x0a 0x0a 0x0a 0x0a 0x0a)))
              (i8x16.eq (local.get $v) (v128.const i8x16 0x26 0x26 0x26 0x26 0x26 0x26 0x26 0x26 0x26 0x26 0x26 0x26 0x26 0x26 0x26 0x26)))))
        (if (local.get $m)
          (then
            (local.set $p (i32.add (local.get $p) (i32.ctz (local.get $m))))
            (return (select (local.get $p) (local.get $end) (i32.lt_u (local.get $p) (local.get $end))))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $blocks)))
    (local.get $end))
)
