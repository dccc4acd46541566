import {
  CustomVariableSupport,
  FieldType,
  type DataQueryRequest,
  type DataQueryResponse,
  type MetricFindValue,
  type ScopedVars,
} from '@grafana/data';
import { from, map, type Observable } from 'rxjs';
import type { DataSource } from '../datasource';
import { VariableQueryEditor } from './VariableQueryEditor';
import type { IoTVariableQuery } from './variableQuery';

/** The slice of the DataSource the variable support uses. */
export interface VariableValueSource {
  findVariableValues(query: IoTVariableQuery, scopedVars?: ScopedVars): Promise<MetricFindValue[]>;
}

/** Query variables of topics and devices, fed by the sidecar's discovery endpoints. */
export class IoTVariableSupport extends CustomVariableSupport<DataSource, IoTVariableQuery> {
  editor = VariableQueryEditor;

  constructor(private readonly source: VariableValueSource) {
    super();
  }

  query(request: DataQueryRequest<IoTVariableQuery>): Observable<DataQueryResponse> {
    const [target] = request.targets;
    return from(this.source.findVariableValues(target, request.scopedVars)).pipe(
      map((values) => ({
        data: [
          {
            refId: target.refId,
            length: values.length,
            fields: [
              { name: 'text', type: FieldType.string, config: {}, values: values.map((v) => v.text) },
              {
                name: 'value',
                type: FieldType.string,
                config: {},
                values: values.map((v) => String(v.value ?? v.text)),
              },
            ],
          },
        ],
      }))
    );
  }
}
