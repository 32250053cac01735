import { createSocket, RemoteInfo, Socket } from 'node:dgram';
import { once } from 'node:events';

/**
 * A tiny authoritative DNS server on 127.0.0.1 (UDP, an ephemeral port) answering A queries from a
 * table the test controls: the worker is pointed at it with TARGET_DNS_SERVERS, as a cluster's DNS
 * would answer for an ExternalName Service or a poisoned record. AAAA and other types get an empty
 * answer; unknown names NXDOMAIN. Only what RFC 1035 needs for one question per query.
 */
export class DnsServer {
  /** Name (lowercase, no trailing dot) → IPv4 addresses. */
  public readonly records = new Map<string, string[]>();
  /** Every name asked for, in order. */
  public readonly queries: string[] = [];
  private readonly socket: Socket = createSocket('udp4');
  public port = 0;

  public constructor(records: Record<string, string[]> = {}) {
    for (const [name, addresses] of Object.entries(records)) this.records.set(name.toLowerCase(), addresses);
    this.socket.on('message', (message, remote) => this.answer(message, remote));
  }

  public get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  public async listen(): Promise<this> {
    this.socket.bind(0, '127.0.0.1');
    await once(this.socket, 'listening');
    this.port = this.socket.address().port;
    return this;
  }

  public close(): Promise<void> {
    return new Promise((resolve) => this.socket.close(() => resolve()));
  }

  private answer(query: Buffer, remote: RemoteInfo): void {
    if (query.length < 12) return;
    const labels: string[] = [];
    let offset = 12;
    // Bounded: a name has at most 127 labels in 255 bytes.
    for (let i = 0; i < 128 && offset < query.length; i++) {
      const length = query[offset];
      offset += 1;
      if (length === 0) break;
      labels.push(query.subarray(offset, offset + length).toString('latin1'));
      offset += length;
    }
    const type = query.readUInt16BE(offset);
    const question = query.subarray(12, offset + 4);
    const name = labels.join('.').toLowerCase();
    this.queries.push(name);
    const addresses = this.records.get(name);
    const answers = type === 1 && addresses ? addresses : [];
    const header = Buffer.alloc(12);
    query.copy(header, 0, 0, 2); // id
    header.writeUInt16BE(0x8400 | (query.readUInt16BE(2) & 0x0100) | (addresses ? 0 : 3), 2); // response, authoritative, RD copied, NOERROR or NXDOMAIN
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(answers.length, 6);
    const records = answers.map((address) => {
      const record = Buffer.alloc(16);
      record.writeUInt16BE(0xc00c, 0); // the question's name
      record.writeUInt16BE(1, 2); // A
      record.writeUInt16BE(1, 4); // IN
      record.writeUInt32BE(0, 6); // TTL 0: every lookup asks again (rebinding is in the test's hands)
      record.writeUInt16BE(4, 10);
      address.split('.').forEach((octet, i) => record.writeUInt8(Number(octet), 12 + i));
      return record;
    });
    this.socket.send(Buffer.concat([header, question, ...records]), remote.port, remote.address);
  }
}
