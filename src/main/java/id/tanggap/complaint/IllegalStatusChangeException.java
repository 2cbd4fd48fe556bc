package id.tanggap.complaint;

/**
 * A change the case's state does not allow (an ended case answered, a case resolved before it was routed).
 * It is a programming or modelling error, not bad input: the job fails and the incident shows this message.
 */
public class IllegalStatusChangeException extends IllegalStateException {

    IllegalStatusChangeException(String ticket, ComplaintStatus from, ComplaintStatus to, String change) {
        super("case " + ticket + " cannot " + change + ": it is " + from + ", which may not become " + to);
    }
}
