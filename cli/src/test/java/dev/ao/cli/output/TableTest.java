package dev.ao.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {
  @Test
  void should_pad_columns_three_spaces_apart_without_trailing_spaces_and_dash_empty_cells() {
    Table t = new Table("NAME", "PHASE", "PR");
    t.add(List.of("web-1", "Working", ""));
    t.add(Arrays.asList("web-10", null, "#12"));
    StringWriter out = new StringWriter();

    t.print(new PrintWriter(out));

    assertThat(out.toString()).isEqualTo("""
        NAME     PHASE     PR
        web-1    Working   -
        web-10   -         #12
        """);
  }

  @Test
  void should_refuse_a_row_of_the_wrong_width() {
    assertThatThrownBy(() -> new Table("A", "B").add(List.of("x"))).isInstanceOf(IllegalArgumentException.class);
  }
}
