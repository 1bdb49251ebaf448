/**
 * Installing a tool the build or the tests need from Debian's packages, when we can: on Linux, as
 * root, with apt-get (a fresh CI machine or container). Elsewhere the caller says what is missing
 * and how to install it.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export function canInstallWithApt(): boolean {
  return process.platform === 'linux' && typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get');
}

/**
 * apt-get install the packages (after apt-get update), saying so first; true when apt-get
 * succeeded. Waits for another apt-get to finish rather than failing on its lock.
 */
export function aptInstall(packages: readonly string[], why: string): boolean {
  if (!canInstallWithApt()) return false;
  console.log(`${why}: installing Debian’s ${packages.join(', ')} (apt-get install -y ${packages.join(' ')})…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const lock = ['-o', 'DPkg::Lock::Timeout=300'];
  try {
    execFileSync('apt-get', [...lock, 'update'], { stdio: 'inherit', env });
    execFileSync('apt-get', [...lock, 'install', '-y', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
    return true;
  } catch {
    return false;
  }
}
