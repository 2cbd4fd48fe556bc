package id.tanggap.shared;

import java.util.List;

/** Input that breaks a rule; answered as 400 problem details naming every bad field. */
public class InvalidInputException extends RuntimeException {

    public record FieldProblem(String field, String message) {}

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("invalid input: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
