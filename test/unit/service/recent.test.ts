import * as assert from 'node:assert/strict';
import { RecentMap } from '../../../server/src/service/recent';

describe('RecentMap (the server keeps results of the recently used drafts only)', () => {
  it('drops the least recently used entry beyond its limit; reading an entry makes it recent', () => {
    const m = new RecentMap<string, number>(2);
    m.set('brief', 1);
    m.set('declaration', 2);
    assert.equal(m.get('brief'), 1); // now the declaration is the least recently used
    m.set('letter', 3);
    assert.equal(m.get('declaration'), undefined);
    assert.equal(m.get('brief'), 1);
    assert.equal(m.get('letter'), 3);
    assert.equal(m.size, 2);
  });

  it('replaces an entry in place, and forgets on delete and clear', () => {
    const m = new RecentMap<string, number>(3);
    m.set('a', 1);
    m.set('a', 2);
    assert.equal(m.size, 1);
    assert.equal(m.get('a'), 2);
    m.delete('a');
    assert.equal(m.get('a'), undefined);
    m.set('b', 1);
    m.clear();
    assert.equal(m.size, 0);
  });
});
