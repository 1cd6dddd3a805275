/**
 * True for a plausible single address such as `name@example.org` (outer spaces ignored). No "?",
 * "&", "#", "%", "/", "," or spaces: they would add headers (`?bcc=`) or recipients, or break the link.
 */
export const isEmailAddress = (value: string): boolean =>
  /^[\p{L}\p{N}!$'*+=^_`{|}~-]+(\.[\p{L}\p{N}!$'*+=^_`{|}~-]+)*@([\p{L}\p{N}]([\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u.test(value.trim());
