package id.tanggap.models;

import id.tanggap.testsupport.NodeTool;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.Constructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads docker-compose.yml and docker-compose.prod.yml as Docker Compose does (no Docker here): the
 * override is merged into the base following the Compose specification's merge rules, including
 * the {@code !reset} and {@code !override} tags, so the tests look at what production would run.
 */
final class ComposeFiles {

    static final String BASE = "docker-compose.yml";
    static final String PRODUCTION = "docker-compose.prod.yml";

    /** {@code !reset}: the key is removed from the merged file. */
    enum Reset {
        RESET
    }

    /** {@code !override}: the value replaces the base value instead of being merged with it. */
    record Replace(Object value) {}

    private ComposeFiles() {}

    static String text(String file) throws Exception {
        return Files.readString(NodeTool.repoDir().resolve(file));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String yaml) {
        return (Map<String, Object>) new Yaml(new ComposeConstructor()).load(yaml);
    }

    static Map<String, Object> load(String file) throws Exception {
        return parse(text(file));
    }

    /** The production set-up: docker-compose.yml with docker-compose.prod.yml merged in. */
    static Map<String, Object> production() throws Exception {
        return merge(load(BASE), load(PRODUCTION));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> services(Map<String, Object> compose) {
        return (Map<String, Object>) compose.get("services");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> service(Map<String, Object> compose, String name) {
        Map<String, Object> service = (Map<String, Object>) services(compose).get(name);
        if (service == null) {
            throw new AssertionError("no service " + name);
        }
        return service;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> env(Map<String, Object> compose, String name) {
        Object env = service(compose, name).get("environment");
        return env == null ? Map.of() : (Map<String, Object>) env;
    }

    /** Services that `docker compose up` starts: those without a profile. */
    static Set<String> startedServices(Map<String, Object> compose) {
        Set<String> names = new LinkedHashSet<>();
        services(compose).forEach((name, s) -> {
            if (!((Map<?, ?>) s).containsKey("profiles")) {
                names.add(name);
            }
        });
        return names;
    }

    /** Compose's merge: mappings merge key by key, sequences are joined, command/entrypoint/test are replaced. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> override) {
        Map<String, Object> out = new LinkedHashMap<>(base);
        override.forEach((key, value) -> {
            if (value == Reset.RESET) {
                out.remove(key);
            } else if (value instanceof Replace o) {
                out.put(key, o.value());
            } else if (value instanceof Map<?, ?> m && out.get(key) instanceof Map<?, ?> b) {
                out.put(key, merge((Map<String, Object>) b, (Map<String, Object>) m));
            } else if (value instanceof List<?> l
                    && out.get(key) instanceof List<?> b
                    && !Set.of("command", "entrypoint", "test").contains(key)) {
                Set<Object> joined = new LinkedHashSet<>(b);
                joined.addAll(l);
                out.put(key, new ArrayList<>(joined));
            } else {
                out.put(key, value);
            }
        });
        return out;
    }

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?:(:?[-?])([^}]*))?}");

    /** ${NAME}, ${NAME:-default}, ${NAME:?message} occurrences: name, operator (or ""), default/message. */
    static List<String[]> variables(String value) {
        List<String[]> out = new ArrayList<>();
        Matcher m = VARIABLE.matcher(value);
        while (m.find()) {
            out.add(new String[] {m.group(1), m.group(2) == null ? "" : m.group(2), m.group(3) == null ? "" : m.group(3)
            });
        }
        return out;
    }

    private static final class ComposeConstructor extends Constructor {
        ComposeConstructor() {
            super(new LoaderOptions());
            yamlConstructors.put(new Tag("!reset"), new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    return Reset.RESET;
                }
            });
            yamlConstructors.put(new Tag("!override"), new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    if (node instanceof MappingNode m) {
                        return new Replace(ComposeConstructor.this.constructMapping(m));
                    }
                    return new Replace(ComposeConstructor.this.constructSequence((SequenceNode) node));
                }
            });
        }
    }
}
