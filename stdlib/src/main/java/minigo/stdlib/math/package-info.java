/**
 * math's natives: exact operations in Java and the transcendental functions ported from the
 * algorithms Go 1.19 runs on amd64 ({@link minigo.stdlib.math.GoMath}), checked bit for bit against a
 * table recorded from Go.
 */
package minigo.stdlib.math;
