// A labelled choice of one option among a list: the app's only select (React Aria's Select: arrow
// keys, typeahead on the closed field, Escape, a popover that flips and shrinks to stay inside the
// window). React Aria names the trigger by its value then its label ("By leaning Columns"), so a
// screen reader hears both; the list that opens is named by the label alone.
import { Fragment, type ReactNode } from 'react';
import { Button, Header, Label, ListBox, ListBoxItem, ListBoxSection, Popover, Select, SelectValue, type Key } from 'react-aria-components';
import { Check, ChevronDown } from 'lucide-react';
import './selectField.css';

export interface Choice {
  value: string;
  label: string;
  /** A heading the option is listed under; neighbours with the same one share it. */
  section?: string;
}

interface SelectFieldProps {
  /** The words beside the field. */
  label: string;
  /** Its accessible name, where the words beside it are too short to say what it chooses (the label by default). */
  name?: string;
  value: string;
  options: readonly Choice[];
  onChange(value: string): void;
  disabled?: boolean;
  /** `inline` puts the label before the field on one line (a narrow side panel); above it by default. */
  layout?: 'stacked' | 'inline';
}

export function SelectField({ label, name = label, value, options, onChange, disabled, layout = 'stacked' }: SelectFieldProps) {
  return (
    <Select
      className={`select-field ${layout}`}
      value={value}
      onChange={(key: Key | null) => {
        if (key != null) onChange(String(key));
      }}
      isDisabled={disabled}
    >
      <Label className="select-label">{name === label ? label : <NamedLabel label={label} name={name} />}</Label>
      <Button className="select-trigger">
        {/* As wide as its longest option, like a native select: choosing does not move what is beside it. */}
        <span className="select-sizer">
          <SelectValue className="select-value" />
          {options.map((option) => (
            <span key={option.value} className="select-size" aria-hidden="true">
              {option.label}
            </span>
          ))}
        </span>
        <ChevronDown className="select-chevron" size={16} aria-hidden="true" />
      </Button>
      <Popover className="menu-popover select-popover" containerPadding={8}>
        <ListBox className="select-list">{sections(options).map(renderSection)}</ListBox>
      </Popover>
    </Select>
  );
}

/** Seen: the short label; heard: the full name (the label element is what names the field and its list). */
function NamedLabel({ label, name }: { label: string; name: string }) {
  return (
    <>
      <span aria-hidden="true">{label}</span>
      <span className="visually-hidden">{name}</span>
    </>
  );
}

interface Run {
  section?: string;
  options: Choice[];
}

function sections(options: readonly Choice[]): Run[] {
  const runs: Run[] = [];
  for (const option of options) {
    const last = runs.at(-1);
    if (last && last.section === option.section) last.options.push(option);
    else runs.push({ section: option.section, options: [option] });
  }
  return runs;
}

function renderSection(run: Run, index: number): ReactNode {
  const items = run.options.map((option) => (
    <ListBoxItem key={option.value} id={option.value} textValue={option.label} className="menu-entry select-option">
      {({ isSelected }) => (
        <>
          <span className="select-option-label">{option.label}</span>
          {isSelected ? <Check size={14} aria-hidden="true" /> : null}
        </>
      )}
    </ListBoxItem>
  ));
  if (run.section === undefined) return <Fragment key={`plain-${index}`}>{items}</Fragment>;
  return (
    <ListBoxSection key={`section-${index}`} className="select-section">
      <Header className="select-section-header">{run.section}</Header>
      {items}
    </ListBoxSection>
  );
}
