package org.securebase.export.verification;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Collection;
import java.util.Hashtable;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The CMS signature inside a PDF signature (PAdES baseline B-B, SubFilter
 * {@code ETSI.CAdES.detached}): a detached SignedData over the signed bytes with SHA-256 and
 * ECDSA P-256, carrying the signer's self-signed certificate and the signed attributes content
 * type, message digest and ESS signing-certificate-v2 (no signing-time attribute: PAdES takes
 * the time from the signature dictionary).
 *
 * @since 0.2
 */
public final class DetachedSignature {
    private DetachedSignature() {
    }

    /**
     * Signs bytes.
     *
     * @return the DER of the CMS ContentInfo
     * @throws VerificationException when the JDK cannot sign
     */
    public static byte[] sign(SigningKey key, byte[] signedBytes) {
        try {
            byte[] certificate = key.certificate();
            byte[] certHash = MessageDigest.getInstance("SHA-256").digest(certificate);
            Attribute signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2(certHash))));
            CMSAttributeTableGenerator attributes = new PadesAttributes(signingCertificate);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build()).setSignedAttributeGenerator(attributes)
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(key.privateKey()), key.x509()));
            generator.addCertificates(new JcaCertStore(java.util.List.of(key.x509())));
            return generator.generate(new CMSProcessableByteArray(signedBytes), false).toASN1Structure().getEncoded("DER");
        } catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
            throw new VerificationException("cannot make the PDF signature: " + e.getMessage(), e);
        }
    }

    /**
     * Checks a CMS signature over bytes against the published keys.
     *
     * @param cms the DER of the ContentInfo; zero bytes after it are allowed (PDF padding), nothing else
     * @return what was found
     */
    public static Result check(byte[] cms, byte[] signedBytes, PublishedKeys keys) {
        CMSSignedData data;
        try (ASN1InputStream in = new ASN1InputStream(cms)) {
            ASN1Primitive object = in.readObject();
            int length = object.getEncoded("DER").length;
            for (int i = length; i < cms.length; i++) {
                if (cms[i] != 0) {
                    return Result.failed(Status.MALFORMED, "the signature has extra bytes after its end (at byte " + i + ")");
                }
            }
            if (!Arrays.equals(Arrays.copyOf(cms, length), object.getEncoded("DER"))) {
                return Result.failed(Status.MALFORMED, "the signature is not in DER form");
            }
            data = new CMSSignedData(new CMSProcessableByteArray(signedBytes), cms);
        } catch (IOException | CMSException | RuntimeException e) {
            return Result.failed(Status.MALFORMED, "the signature cannot be read as CMS: " + e.getMessage());
        }
        Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            return Result.failed(Status.MALFORMED, "the signature has " + signers.size() + " signers, expected 1");
        }
        SignerInformation signer = signers.iterator().next();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> certificates = data.getCertificates().getMatches(signer.getSID());
        if (certificates.size() != 1) {
            return Result.failed(Status.MALFORMED, "the signature does not carry its signer's certificate");
        }
        X509CertificateHolder certificate = certificates.iterator().next();
        String keyId;
        try {
            keyId = VerifyingKey.idOf(certificate.getSubjectPublicKeyInfo().getEncoded("DER"));
        } catch (IOException e) {
            return Result.failed(Status.MALFORMED, "the signer's certificate cannot be read: " + e.getMessage());
        }
        VerifyingKey key = keys.withId(keyId).orElse(null);
        if (key == null) {
            return new Result(Status.WRONG_KEY, "the file was signed with key " + keyId + ", not with the given key "
                    + keys.ids(), keyId);
        }
        try {
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(key.publicKey()))) {
                return new Result(Status.BAD_SIGNATURE, "the signature does not match the file: it was changed after signing",
                        keyId);
            }
            if (!hasSigningCertificate(signer, certificate)) {
                return new Result(Status.MALFORMED, "the signature does not name its certificate (ESS signing-certificate-v2)",
                        keyId);
            }
        } catch (CMSException | OperatorCreationException | IOException | GeneralSecurityException e) {
            return new Result(Status.BAD_SIGNATURE, "the signature does not match the file: " + e.getMessage(), keyId);
        }
        return new Result(Status.VALID, "signed by key " + keyId, keyId);
    }

    private static boolean hasSigningCertificate(SignerInformation signer, X509CertificateHolder certificate)
            throws IOException, GeneralSecurityException {
        AttributeTable table = signer.getSignedAttributes();
        Attribute a = table == null ? null : table.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (a == null) {
            return false;
        }
        SigningCertificateV2 v2 = SigningCertificateV2.getInstance(a.getAttrValues().getObjectAt(0));
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        return v2.getCerts().length == 1 && Arrays.equals(v2.getCerts()[0].getCertHash(), expected);
    }

    /** The default attributes (content type, message digest) without signing time, plus the ESS certificate. */
    private static final class PadesAttributes implements CMSAttributeTableGenerator {
        private final DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator();
        private final Attribute signingCertificate;

        PadesAttributes(Attribute signingCertificate) {
            this.signingCertificate = signingCertificate;
        }

        @Override
        public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameters) {
            @SuppressWarnings("unchecked")
            Hashtable<ASN1Encodable, Object> table = defaults.getAttributes(parameters).toHashtable();
            table.remove(CMSAttributes.signingTime);
            table.put(PKCSObjectIdentifiers.id_aa_signingCertificateV2, signingCertificate);
            return new AttributeTable(table);
        }
    }

    /**
     * What a check of a CMS signature found.
     *
     * @since 0.2
     */
    public enum Status {
        /** The signature is by a published key and covers the bytes. */
        VALID,
        /** The signature data cannot be read, or lacks a required part. */
        MALFORMED,
        /** The signer is not one of the published keys. */
        WRONG_KEY,
        /** The signature does not cover these bytes. */
        BAD_SIGNATURE
    }

    /**
     * The result of a check.
     *
     * @param status what was found
     * @param detail one sentence for a person
     * @param keyId the signer's key id when it could be read, else null
     * @since 0.2
     */
    public record Result(Status status, String detail, String keyId) {
        static Result failed(Status status, String detail) {
            return new Result(status, detail, null);
        }
    }
}
