package id.tanggap.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.springframework.stereotype.Component;

/** JPA converter for columns that hold personal data: encrypted in the database, plain in memory. */
@Component
@Converter
public class EncryptedString implements AttributeConverter<String, String> {

    private final PersonalDataCipher cipher;

    public EncryptedString(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return cipher.encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return cipher.decrypt(dbData);
    }
}
