/**
 * A throwaway PKI for TLS tests, made with the openssl command line (Node cannot issue X.509
 * certificates): a CA, a server certificate for 127.0.0.1, and a client certificate, all
 * signed by that CA, as PEM text. Each call makes new keys in a temporary directory it removes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestPki {
  ca: string;
  serverCert: string;
  serverKey: string;
  clientCert: string;
  clientKey: string;
}

export function makeTestPki(clientName = 'netclaim-test'): TestPki {
  const dir = mkdtempSync(join(tmpdir(), 'netclaim-pki-'));
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  const key = (name: string) => openssl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', `${name}.key`);
  const sign = (name: string, subject: string, extensions: string) => {
    key(name);
    openssl('req', '-new', '-key', `${name}.key`, '-subj', subject, '-out', `${name}.csr`);
    writeFileSync(join(dir, `${name}.ext`), extensions);
    openssl('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '2', '-extfile', `${name}.ext`, '-out', `${name}.crt`);
  };
  try {
    key('ca');
    openssl('req', '-x509', '-new', '-key', 'ca.key', '-subj', '/CN=netclaim test CA', '-days', '2', '-out', 'ca.crt');
    sign('server', '/CN=127.0.0.1', 'subjectAltName=IP:127.0.0.1,DNS:fake-apiserver\nextendedKeyUsage=serverAuth\n');
    sign('client', `/CN=${clientName}`, 'extendedKeyUsage=clientAuth\n');
    const read = (file: string) => readFileSync(join(dir, file), 'utf8');
    return { ca: read('ca.crt'), serverCert: read('server.crt'), serverKey: read('server.key'), clientCert: read('client.crt'), clientKey: read('client.key') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
