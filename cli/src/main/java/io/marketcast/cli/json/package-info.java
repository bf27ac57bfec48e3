/**
 * The JSON documents the commands print with {@code --format json} (and {@code manifest.json}): one record per
 * shape, serialised by {@link io.marketcast.cli.Json#MAPPER} with the keys in the order of the record components.
 * The component names are the JSON field names users and scripts rely on; renaming one is a breaking change.
 * A double that is NaN or infinite is written as {@code null}. Records here are plain data built by the commands;
 * they do not compute anything.
 */
package io.marketcast.cli.json;
