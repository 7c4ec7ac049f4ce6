/**
 * A field that is either "borough-wide" or a list of wards, matching the schemas'
 * `z.union([z.literal('borough-wide'), z.array(ward).min(1)])` (services'
 * area_served, grants' beneficiary_wards). Decap has no union widget, so this
 * puts a checkbox in front of Decap's own relation widget: the ward list still
 * comes from content/settings/taxonomy.json through the field's relation options.
 */
import { Component, type ComponentType } from 'react';
import CMS from 'decap-cms-app';

export const BOROUGH_WIDE = 'borough-wide';

// Decap passes many more props than its types declare; these are the ones used here.
interface ControlProps {
  value: unknown;
  field: { get(key: string): unknown; set(key: string, value: unknown): ControlProps['field'] };
  forID: string;
  onChange: (value: unknown) => void;
  hasActiveStyle?: boolean;
  queryHits?: unknown;
  classNameWrapper?: string;
  [prop: string]: unknown;
}

function relationControl(): ComponentType<ControlProps> {
  return (CMS.getWidget('relation') as unknown as { control: ComponentType<ControlProps> }).control;
}

export class WardsOrBoroughControl extends Component<ControlProps> {
  // Decap's Widget asks the control whether to re-render; the relation list also
  // needs to redraw when search results (queryHits) arrive.
  shouldComponentUpdate(next: ControlProps) {
    const p = this.props;
    return p.value !== next.value || p.hasActiveStyle !== next.hasActiveStyle || p.queryHits !== next.queryHits || p.classNameWrapper !== next.classNameWrapper;
  }

  private toggle = (event: { target: { checked: boolean } }) => {
    // Unticking leaves the field empty, so Decap's "required" check asks for wards.
    this.props.onChange(event.target.checked ? BOROUGH_WIDE : '');
  };

  render() {
    const { value, field, forID } = this.props;
    const boroughWide = value === BOROUGH_WIDE;
    const Relation = relationControl();
    return (
      <div>
        <p style={{ margin: '0 0 8px' }}>
          <input id={`${forID}-borough-wide`} type="checkbox" checked={boroughWide} onChange={this.toggle} style={{ width: 'auto', marginRight: 8 }} />
          <label htmlFor={`${forID}-borough-wide`}>Borough-wide: the whole area</label>
        </p>
        {!boroughWide && (
          <Relation {...this.props} value={value === '' ? undefined : value} field={field.set('widget', 'relation').set('multiple', true)} />
        )}
      </div>
    );
  }
}

interface PreviewProps {
  value: unknown;
}

export function WardsOrBoroughPreview({ value }: PreviewProps) {
  if (value === BOROUGH_WIDE) return <p>Borough-wide</p>;
  const wards = value && typeof (value as { toJS?: unknown }).toJS === 'function' ? (value as { toJS(): string[] }).toJS() : value;
  return <p>{Array.isArray(wards) ? wards.join(', ') : ''}</p>;
}

export function registerWardsOrBorough() {
  const relation = CMS.getWidget('relation') as unknown as { schema?: object };
  // Reusing the relation widget's schema makes Decap check this field's relation options too.
  // The object form is the one that takes a schema (Decap's types leave it out).
  CMS.registerWidget({
    name: 'wards_or_borough',
    controlComponent: WardsOrBoroughControl,
    previewComponent: WardsOrBoroughPreview,
    schema: relation.schema,
  } as never);
}
