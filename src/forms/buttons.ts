/**
 * Button data of form steps: `f:<draft version>:<action>`. The version lets the engine recognise a button
 * pressed on an old message (it no longer matches the draft) instead of applying it to the wrong step.
 */
const PREFIX = "f";

export function formButton(version: number, action: string): string {
  return `${PREFIX}:${version}:${action}`;
}

export function parseFormButton(data: string): { version: number; action: string } | undefined {
  const match = /^f:(\d{1,9}):([a-z]{1,4}\d{0,3})$/.exec(data);
  if (!match) return undefined;
  return { version: Number(match[1]), action: match[2] as string };
}

export function isFormButton(data: string): boolean {
  return data.startsWith(`${PREFIX}:`);
}
