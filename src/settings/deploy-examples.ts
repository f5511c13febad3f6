import { CHROME_ID, FIREFOX_ID } from './extension-id.ts';

// The same configuration written out for each way school IT deploys it, so docs/deploying.md shows one example
// school end to end and cannot drift from the settings (scripts/settings-docs.ts writes them into the doc).

export type Config = Record<string, unknown>;

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** Google Admin console, "Policy for extensions": each key wrapped as {"Value": …}. */
export function googleAdmin(config: Config): string {
  return json(Object.fromEntries(Object.entries(config).map(([key, value]) => [key, { Value: value }])));
}

/** Firefox policies.json: install and configure (the 3rdparty section is what the extension reads as managed storage). */
export function firefoxPolicies(config: Config, installUrl: string): string {
  return json({
    policies: {
      ExtensionSettings: { [FIREFOX_ID]: { installation_mode: 'force_installed', install_url: installUrl } },
      '3rdparty': { Extensions: { [FIREFOX_ID]: config } },
    },
  });
}

const regString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** A registry value for a Windows policy: booleans as DWORD, everything else as text (lists and objects as JSON). */
function regValue(value: unknown): string {
  if (typeof value === 'boolean') return `dword:${value ? '00000001' : '00000000'}`;
  return regString(typeof value === 'string' ? value : JSON.stringify(value));
}

export const BROWSER_KEYS = {
  chrome: 'SOFTWARE\\Policies\\Google\\Chrome',
  edge: 'SOFTWARE\\Policies\\Microsoft\\Edge',
} as const;

/** A .reg file for group policy (or any tool that imports .reg): force-install and configure, in Chrome and Edge. */
export function registryFile(config: Config, updateUrls: Record<keyof typeof BROWSER_KEYS, string>): string {
  const lines = ['Windows Registry Editor Version 5.00', ''];
  for (const [browser, key] of Object.entries(BROWSER_KEYS) as [keyof typeof BROWSER_KEYS, string][]) {
    lines.push(`[HKEY_LOCAL_MACHINE\\${key}\\ExtensionInstallForcelist]`, `"1"=${regString(`${CHROME_ID};${updateUrls[browser]}`)}`, '');
    lines.push(`[HKEY_LOCAL_MACHINE\\${key}\\3rdparty\\extensions\\${CHROME_ID}\\policy]`);
    for (const [name, value] of Object.entries(config)) lines.push(`${regString(name)}=${regValue(value)}`);
    lines.push('');
  }
  return lines.join('\r\n');
}

const psString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** A PowerShell script for Intune (Devices › Scripts): the same registry values as the .reg file. */
export function intuneScript(config: Config, updateUrls: Record<keyof typeof BROWSER_KEYS, string>): string {
  const lines = ['# Postcheck for schools: force-install and configure in Chrome and Edge (run as system, 64-bit).', '$ErrorActionPreference = "Stop"'];
  for (const [browser, key] of Object.entries(BROWSER_KEYS) as [keyof typeof BROWSER_KEYS, string][]) {
    const force = `HKLM:\\${key}\\ExtensionInstallForcelist`;
    const policy = `HKLM:\\${key}\\3rdparty\\extensions\\${CHROME_ID}\\policy`;
    lines.push('', `# ${browser === 'chrome' ? 'Google Chrome' : 'Microsoft Edge'}`);
    lines.push(`New-Item -Path ${psString(force)} -Force | Out-Null`);
    lines.push(`Set-ItemProperty -Path ${psString(force)} -Name '1' -Value ${psString(`${CHROME_ID};${updateUrls[browser]}`)}`);
    lines.push(`New-Item -Path ${psString(policy)} -Force | Out-Null`);
    for (const [name, value] of Object.entries(config)) {
      if (typeof value === 'boolean') lines.push(`Set-ItemProperty -Path ${psString(policy)} -Name ${psString(name)} -Type DWord -Value ${value ? 1 : 0}`);
      else lines.push(`Set-ItemProperty -Path ${psString(policy)} -Name ${psString(name)} -Type String -Value ${psString(typeof value === 'string' ? value : JSON.stringify(value))}`);
    }
  }
  return lines.join('\n');
}
