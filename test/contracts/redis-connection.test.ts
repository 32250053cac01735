import { readFileSync } from 'node:fs';
import Redis from 'ioredis';
import {
  KEDA_REDIS_AUTH_PARAMETERS, REDIS_CONNECTION_SECRET_KEYS, REDIS_TLS_VALUES, redisConnectionSecretData, redisConnectionUrl,
} from '../../contracts/redis-connection';
import { RedisServer, startRedis } from '../worker/servers';

describe('the Redis connection Secret contract', () => {
  test('the data has every key of the contract, TLS as KEDA spells it', () => {
    const data = redisConnectionSecretData({ host: 'db.internal', port: 25061, username: 'default', password: 's3cret', tls: true });
    expect(Object.keys(data).sort()).toEqual(Object.values(REDIS_CONNECTION_SECRET_KEYS).sort());
    expect(data).toEqual({ url: 'rediss://default:s3cret@db.internal:25061', host: 'db.internal', port: '25061', username: 'default', password: 's3cret', tls: 'enable' });
    expect(redisConnectionSecretData({ host: '10.0.0.5', port: 6379, tls: false })).toMatchObject({ url: 'redis://10.0.0.5:6379', tls: REDIS_TLS_VALUES.off, username: '', password: '' });
    // KEDA's authentication reads every key but `url` (the pods' one).
    expect(KEDA_REDIS_AUTH_PARAMETERS.map((p) => p.key).sort()).toEqual(Object.keys(REDIS_CONNECTION_SECRET_KEYS).filter((k) => k !== 'url').sort());
  });

  describe('against redis-server', () => {
    let redis: RedisServer;
    let admin: Redis;
    beforeAll(async () => {
      redis = await startRedis();
      admin = new Redis(redis.url, { lazyConnect: true });
      await admin.connect();
    });
    afterAll(async () => {
      admin?.disconnect();
      await redis?.stop();
    });

    test('a password with URL delimiters logs in through the url key (ioredis, as the pods do)', async () => {
      const password = 'p@ss:w/rd#?%1';
      await admin.call('ACL', 'SETUSER', 'worker', 'on', `>${password}`, '~*', '+@all');
      const client = new Redis(redisConnectionUrl({ host: '127.0.0.1', port: redis.port, username: 'worker', password, tls: false }), { lazyConnect: true });
      try {
        await client.connect();
        expect(await client.call('ACL', 'WHOAMI')).toBe('worker');
      } finally {
        client.disconnect();
      }
    });

    test('tls: true gives a rediss:// URL that connects to a TLS server', async () => {
      const tls = await startRedis({ tls: true });
      const client = new Redis(redisConnectionUrl({ host: '127.0.0.1', port: tls.port, tls: true }), { lazyConnect: true, tls: { ca: readFileSync(tls.caFile!) } });
      try {
        await client.connect();
        expect(await client.ping()).toBe('PONG');
      } finally {
        client.disconnect();
        await tls.stop();
      }
    });
  });
});
