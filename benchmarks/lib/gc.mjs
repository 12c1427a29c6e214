// A full garbage collection between scenarios, so that one scenario's garbage (compromise leaves a lot) is not
// collected, and timed, inside the next. Works without `node --expose-gc`.
import v8 from 'node:v8';
import vm from 'node:vm';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

export function collectGarbage() {
  gc();
}
