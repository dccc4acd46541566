import { KEY_REFUSED_MESSAGE, toSidecarError } from './SidecarApi';

describe('toSidecarError', () => {
  it('says the key was refused for the 400 Grafana’s proxy makes of the sidecar’s 401', () => {
    const error = toSidecarError(
      { status: 400, statusText: 'Bad Request', data: { message: 'Authentication to data source failed' } },
      '/api/health',
      1000
    );
    expect(error).toMatchObject({ category: 'auth', message: KEY_REFUSED_MESSAGE });
  });

  it('keeps other 400 answers as they are', () => {
    const error = toSidecarError({ status: 400, statusText: 'Bad Request', data: 'nope' }, '/api/health', 1000);
    expect(error.category).not.toBe('auth');
  });
});
