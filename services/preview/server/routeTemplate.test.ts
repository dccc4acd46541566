import { compileRouteTemplate, renderRouteTemplate, RouteTemplateError } from './routeTemplate';

const COMMAND_HEADER =
  'Bearer {{ if .SecureJsonData.commandKey }}{{ .SecureJsonData.commandKey }}{{ else }}{{ .SecureJsonData.apiKey }}{{ end }}';

describe('route templates', () => {
  it('renders field paths from secure and plain json data', () => {
    const data = { JsonData: { region: 'eu', retries: 3 }, SecureJsonData: { apiKey: 'k1' } };
    expect(renderRouteTemplate('Bearer {{ .SecureJsonData.apiKey }}', data)).toBe('Bearer k1');
    expect(renderRouteTemplate('{{.JsonData.region}}-{{ .JsonData.retries }}', data)).toBe('eu-3');
  });

  it('takes the if branch when the value is set and the else branch otherwise', () => {
    const render = compileRouteTemplate(COMMAND_HEADER);
    expect(render({ JsonData: {}, SecureJsonData: { apiKey: 'read', commandKey: 'write' } })).toBe('Bearer write');
    expect(render({ JsonData: {}, SecureJsonData: { apiKey: 'read' } })).toBe('Bearer read');
    expect(render({ JsonData: {}, SecureJsonData: { apiKey: 'read', commandKey: '' } })).toBe('Bearer read');
  });

  it('treats empty values as false like Go templates, and supports if without else', () => {
    const render = compileRouteTemplate('{{ if .JsonData.flag }}on{{ end }}');
    expect(render({ JsonData: { flag: true }, SecureJsonData: {} })).toBe('on');
    expect(render({ JsonData: { flag: 0 }, SecureJsonData: {} })).toBe('');
    expect(render({ JsonData: { flag: [] }, SecureJsonData: {} })).toBe('');
  });

  it('renders a missing value as Go does, and as empty text through orEmpty', () => {
    expect(renderRouteTemplate('Bearer {{ .SecureJsonData.apiKey }}', { JsonData: {}, SecureJsonData: {} })).toBe(
      'Bearer <no value>'
    );
    const render = compileRouteTemplate('Bearer {{ .SecureJsonData.apiKey | orEmpty }}');
    expect(render({ JsonData: {}, SecureJsonData: {} })).toBe('Bearer ');
    expect(render({ JsonData: {}, SecureJsonData: { apiKey: 'k1' } })).toBe('Bearer k1');
  });

  it('honours whitespace trimming markers', () => {
    expect(renderRouteTemplate('a  {{- .JsonData.x -}}  b', { JsonData: { x: 1 }, SecureJsonData: {} })).toBe('a1b');
  });

  it('refuses syntax outside the supported subset', () => {
    expect(() => compileRouteTemplate('{{ printf "%s" .JsonData.x }}')).toThrow(RouteTemplateError);
    expect(() => compileRouteTemplate('{{ if .JsonData.x }}open')).toThrow(/unterminated/);
    expect(() => compileRouteTemplate('{{ end }}')).toThrow(/unexpected/);
    expect(() => compileRouteTemplate('{{ .JsonData.x ')).toThrow(/unterminated/);
  });
});
