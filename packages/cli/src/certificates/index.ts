export { type CertificateAuthorityOptions, createCertificateAuthority } from './certificate-authority.js';
export { addCertificate, type CertificateSubject } from './certificate-addition.js';
export { tlsServerFlags } from './server-flags.js';
export {
  CERTIFICATE_AUTHORITY_COMMON_NAME,
  type CertificateDirectoryOptions,
  DEFAULT_CERTIFICATE_USERS,
  writeCertificateDirectory,
} from './certificate-directory.js';
export { CertificateError, type CertificateErrorCode } from './certificate-error.js';
export {
  CERTIFICATE_AUTHORITY_FILES,
  type CertificateFileNames,
  clientCertificateFiles,
  nodeCertificateFiles,
} from './certificate-file-names.js';
export { type ClientCertificateOptions, issueClientCertificate } from './client-certificate.js';
export type { CertificateWithKey, IssuedCertificate } from './issued-certificate.js';
export { issueNodeCertificate, type NodeCertificateOptions } from './node-certificate.js';
export type { ValidityOptions } from './validity.js';
