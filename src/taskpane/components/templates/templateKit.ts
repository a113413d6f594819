import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
  Spinner,
  Text,
} from "@fluentui/react-components";
import { format } from "../../i18n/messages";

/**
 * The Fluent parts the template panel uses, handed to it by the first screen. The panel is its own chunk; were it
 * to import Fluent itself, every Fluent module it shares with the first screen would have to stay addressable
 * across chunks, webpack could no longer concatenate them, and the first screen would grow past its 200 KB budget
 * (measured: 212 KB gzipped against 199 KB). Design tokens are not passed either: referencing the `tokens` object
 * as a value keeps all of it in the first screen (3.7 KB gzipped); the panel names the CSS variables it uses.
 */
export const TEMPLATE_KIT = {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  format,
};

export type TemplateKit = typeof TEMPLATE_KIT;
