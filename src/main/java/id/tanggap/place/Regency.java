package id.tanggap.place;

/**
 * A regency (kabupaten) or city (kota) of NTB: its code in the national area code ("52.71"), the region code
 * the routing table and the pages use ("KOTA_MATARAM") and its name ("Kota Mataram").
 */
public record Regency(String code, String region, String name) {}
