package io.marketcast.cli.json;

import java.util.List;

/** {@code marketcast run --format json}: the run's manifest and the paths of the files it wrote. */
public record RunOutput(Manifest manifest, List<String> outputs) {
}
