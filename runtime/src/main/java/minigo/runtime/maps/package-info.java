/**
 * Go's maps as the runtime sees them (map.go): the sizes of hmap, buckets and
 * mapextra and the rules that decide how many buckets make(map, hint) and
 * growth allocate, so that a map implementation's allocations, and hence
 * MemStats, match Go's. The map itself (hashing, iteration order) is the
 * interpreter's GoMap.
 *
 * <table>
 *   <caption>Allocations of a map's life</caption>
 *   <tr><th>event</th><th>allocates</th></tr>
 *   <tr><td>make, hint &lt;= 8</td><td>hmap (48 B)</td></tr>
 *   <tr><td>first insert into a bucketless map</td><td>one bucket</td></tr>
 *   <tr><td>make, hint &gt; 8</td><td>hmap, 2^B buckets (+ overflow from B = 4), mapextra if overflow preallocated</td></tr>
 *   <tr><td>insert over the load factor (6.5 per bucket)</td><td>a bucket array for B+1 (hashGrow)</td></tr>
 *   <tr><td>a full bucket chain</td><td>an overflow bucket (preallocated ones first)</td></tr>
 * </table>
 *
 * <p>Invariant: every size here is Go 1.19's on amd64.
 */
package minigo.runtime.maps;
