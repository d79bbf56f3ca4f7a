import { killGroup, spawnInGroup } from './child-process-group';

describe('spawnInGroup', () => {
  it('throws ENOENT for a program that is not installed, before starting anything', () => {
    expect(() => spawnInGroup('lentera-no-such-tool', [])).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });

  it('runs the program in a group of its own with nothing of our environment', async () => {
    const child = spawnInGroup('sh', ['-c', 'echo "$PATH|$HOME|$(ps -o pgid= -p $$)"']);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await new Promise((resolve) => child.once('close', resolve));
    const [path, home, groupId] = output.trim().split('|');
    expect(path).toBe('/usr/local/bin:/usr/bin:/bin');
    expect(home).toBe('');
    expect(Number(groupId)).toBe(child.pid);
    killGroup(child.pid);
  });
});
