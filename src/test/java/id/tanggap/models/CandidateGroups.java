package id.tanggap.models;

import id.tanggap.testsupport.NodeTool;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The groups the identity provider and the orchestration cluster must know: every literal candidate
 * group in bpmn/ (plain lists and the string literals of FEEL expressions), and one opd-&lt;code&gt;
 * per OPD of the province, because groups built at run time ({@code "opd-" + lower case(opd)}, the
 * OPD table's candidate_group) always take that form.
 */
final class CandidateGroups {

    private static final Pattern ATTRIBUTE = Pattern.compile("candidateGroups=(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern FEEL_STRING = Pattern.compile("\"([^\"]*)\"");

    private CandidateGroups() {}

    static Set<String> required() throws Exception {
        Set<String> groups = new TreeSet<>();
        Set<String> opdCodes = opdCodes();
        try (Stream<Path> files = Files.list(NodeTool.repoDir().resolve("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                Matcher m = ATTRIBUTE.matcher(Files.readString(file));
                while (m.find()) {
                    String value = (m.group(1) != null ? m.group(1) : m.group(2))
                            .replace("&quot;", "\"")
                            .trim();
                    groups.addAll(fromAttribute(value, opdCodes));
                }
            }
        }
        opdCodes.forEach(code -> groups.add("opd-" + code.toLowerCase(Locale.ROOT)));
        return groups;
    }

    /** A static list ("a, b") or a FEEL expression ("=[\"a\", \"opd-\" + lower case(x)]"). */
    static Set<String> fromAttribute(String value, Set<String> opdCodes) {
        Set<String> groups = new TreeSet<>();
        if (!value.startsWith("=")) {
            for (String g : value.split(",")) {
                if (!g.isBlank()) {
                    groups.add(g.trim());
                }
            }
            return groups;
        }
        Matcher m = FEEL_STRING.matcher(value);
        while (m.find()) {
            String literal = m.group(1);
            if (literal.endsWith("-")) { // a prefix joined with an OPD code at run time
                opdCodes.forEach(code -> groups.add(literal + code.toLowerCase(Locale.ROOT)));
            } else if (!literal.isBlank()) {
                groups.add(literal);
            }
        }
        return groups;
    }

    /** The OPD codes of the demo province (DemoDataSeeder.OPDS). */
    static Set<String> opdCodes() throws Exception {
        Field field = Class.forName("id.tanggap.demo.DemoDataSeeder").getDeclaredField("OPDS");
        field.setAccessible(true);
        Set<String> codes = new TreeSet<>();
        for (Object opd : (List<?>) field.get(null)) {
            Method code = opd.getClass().getDeclaredMethod("code");
            code.setAccessible(true);
            codes.add((String) code.invoke(opd));
        }
        return codes;
    }
}
