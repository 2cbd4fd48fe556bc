package id.tanggap.shared;

/** A thing looked up by a public identifier that does not exist; answered as 404 problem details. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
