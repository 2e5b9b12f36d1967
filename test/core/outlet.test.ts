import { describe, expect, it } from 'vitest';
import { chooseOutlet, outletOf } from '../../src/core/outlet';

describe('outletOf', () => {
  it('is the host without www.', () => {
    expect(outletOf('https://www.example.com/business/a-story?x=1')).toBe('example.com');
    expect(outletOf('http://WWW.Example.org')).toBe('example.org');
    expect(outletOf('https://news.example.net/a')).toBe('news.example.net');
    expect(outletOf('https://wwwexample.com/')).toBe('wwwexample.com');
  });
  it('is null for what is no URL', () => {
    expect(outletOf('not a url')).toBeNull();
    expect(outletOf('')).toBeNull();
  });
});

describe('chooseOutlet', () => {
  const all = { outlet: 'Given Name', siteName: 'Site Name', feedTitle: 'Feed Title', url: 'https://www.host.example/a' };
  it('takes the sender’s outlet, then the site name, then the feed title, then the host', () => {
    expect(chooseOutlet(all)).toBe('Given Name');
    expect(chooseOutlet({ ...all, outlet: null })).toBe('Site Name');
    expect(chooseOutlet({ ...all, outlet: null, siteName: null })).toBe('Feed Title');
    expect(chooseOutlet({ url: all.url })).toBe('host.example');
  });
  it('passes over blank names and is null when nothing is known', () => {
    expect(chooseOutlet({ outlet: '  ', siteName: '', feedTitle: ' Feed ', url: null })).toBe('Feed');
    expect(chooseOutlet({})).toBeNull();
    expect(chooseOutlet({ url: 'nonsense' })).toBeNull();
  });
});
