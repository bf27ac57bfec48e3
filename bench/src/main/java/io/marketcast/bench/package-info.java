/**
 * JMH benchmarks of the hot paths (fitting, path simulation). Nothing depends on this module.
 */
package io.marketcast.bench;
