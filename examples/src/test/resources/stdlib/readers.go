// io's MultiReader, TeeReader and Pipe (between goroutines), and bytes.Reader and
// strings.Reader with Seek and ReadAt, with the errors each returns.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader(""), bytes.NewReader([]byte("two ")), io.MultiReader(strings.NewReader("three")))
	all, err := io.ReadAll(mr)
	fmt.Printf("%q %v\n", all, err)
	n, err := mr.Read(make([]byte, 4))
	fmt.Println("after:", n, err)

	var log bytes.Buffer
	tee := io.TeeReader(strings.NewReader("copied through"), &log)
	buf := make([]byte, 6)
	for {
		n, err := tee.Read(buf)
		fmt.Printf("tee read %q %v\n", buf[:n], err)
		if err != nil {
			break
		}
	}
	fmt.Printf("log %q\n", log.String())

	pr, pw := io.Pipe()
	done := make(chan []string)
	go func() {
		var lines []string
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			lines = append(lines, sc.Text())
		}
		done <- append(lines, fmt.Sprint("scanner err: ", sc.Err()))
	}()
	for i := 1; i <= 3; i++ {
		n, err := fmt.Fprintf(pw, "message %d\n", i)
		fmt.Println("wrote", n, err)
	}
	pw.Close()
	fmt.Printf("%q\n", <-done)
	n, err = pw.Write([]byte("late"))
	fmt.Println("write after close:", n, err)

	pr, pw = io.Pipe()
	go func() {
		pw.CloseWithError(errors.New("producer failed"))
	}()
	_, err = io.ReadAll(pr)
	fmt.Println("read err:", err)
	pr, pw = io.Pipe()
	pr.Close()
	n, err = pw.Write([]byte("x"))
	fmt.Println("write to closed reader:", n, err, err == io.ErrClosedPipe)

	pr, pw = io.Pipe()
	go func() {
		pw.Write([]byte("0123456789"))
		pw.Close()
	}()
	small := make([]byte, 4)
	for {
		n, err := pr.Read(small)
		fmt.Printf("piece %q %v\n", small[:n], err)
		if err != nil {
			break
		}
	}

	for _, r := range []io.ReadSeeker{strings.NewReader("hello, world"), bytes.NewReader([]byte("hello, world"))} {
		pos, err := r.Seek(7, io.SeekStart)
		fmt.Println(pos, err)
		rest, _ := io.ReadAll(r)
		fmt.Printf("%q\n", rest)
		pos, err = r.Seek(-5, io.SeekEnd)
		fmt.Println(pos, err)
		pos, err = r.Seek(2, io.SeekCurrent)
		fmt.Println(pos, err)
		pos, err = r.Seek(-100, io.SeekCurrent)
		fmt.Println(pos, err)
		pos, err = r.Seek(0, 9)
		fmt.Println(pos, err)
		pos, err = r.Seek(100, io.SeekStart)
		fmt.Println(pos, err)
		n, err := r.Read(make([]byte, 3))
		fmt.Println(n, err)
		ra := r.(io.ReaderAt)
		b := make([]byte, 5)
		n, err = ra.ReadAt(b, 3)
		fmt.Printf("%q %d %v\n", b[:n], n, err)
		n, err = ra.ReadAt(b, 9)
		fmt.Printf("%q %d %v\n", b[:n], n, err)
		n, err = ra.ReadAt(b, -1)
		fmt.Println(n, err)
	}
	br := bytes.NewReader([]byte("héllo"))
	fmt.Println(br.Len(), br.Size())
	c, size, _ := br.ReadRune()
	fmt.Println(string(c), size, br.UnreadRune(), br.UnreadRune())
	fmt.Println(br.UnreadByte())
	b1, _ := br.ReadByte()
	fmt.Println(b1, br.UnreadByte(), br.Len())
	var out strings.Builder
	br.Seek(1, io.SeekStart)
	wn, err := br.WriteTo(&out)
	fmt.Println(wn, err, out.String())
	br.Reset([]byte("new"))
	rest, _ := io.ReadAll(br)
	fmt.Println(string(rest))
}
