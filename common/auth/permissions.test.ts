import { currentPermission, PERMISSIONS, permissionListSchema } from './permissions';

describe('permission lists', () => {
  it('accepts every permission and reads the former "subscribe" as "read"', () => {
    expect(permissionListSchema().parse([...PERMISSIONS])).toEqual(PERMISSIONS);
    expect(permissionListSchema().parse(['subscribe', 'device'])).toEqual(['read', 'device']);
  });

  it('refuses unknown names, names outside the allowed ones and an empty list', () => {
    expect(permissionListSchema().safeParse(['admin']).success).toBe(false);
    expect(permissionListSchema(['read', 'publish']).safeParse(['device']).success).toBe(false);
    expect(permissionListSchema(['publish']).safeParse(['subscribe']).success).toBe(false);
    expect(permissionListSchema().safeParse([]).error?.issues[0].message).toBe('give at least one permission');
  });
});

describe('currentPermission', () => {
  it('renames former names only', () => {
    expect(currentPermission('subscribe')).toBe('read');
    for (const permission of PERMISSIONS) {
      expect(currentPermission(permission)).toBe(permission);
    }
  });
});
